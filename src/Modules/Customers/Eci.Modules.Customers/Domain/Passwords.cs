using System.Security.Cryptography;
using System.Text;
using Eci.Shared.Errors;
using Microsoft.AspNetCore.Identity;

namespace Eci.Modules.Customers.Domain;

/// <summary>Password hashing (ASP.NET Core Identity's PBKDF2) and the one-time password tokens.</summary>
internal sealed class Passwords(IPasswordHasher<Customer> hasher)
{
    // Verified against when the email is unknown, so that answer takes as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Customer>().HashPassword(null!, "decoy-password"));

    public string Hash(Customer customer, string password) => hasher.HashPassword(customer, password);

    public PasswordVerificationResult Verify(Customer? customer, string password)
    {
        if (customer?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }

        return hasher.VerifyHashedPassword(customer, hash, password);
    }

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string HashToken(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static UnauthorizedException InvalidCredentials() =>
        new(ProblemTypes.InvalidCredentials, "The email or password is wrong, or the account cannot sign in right now.");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
