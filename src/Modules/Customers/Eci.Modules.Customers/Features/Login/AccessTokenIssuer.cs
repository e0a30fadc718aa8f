using System.Globalization;
using Eci.Modules.Customers.Domain;
using Eci.Shared.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Eci.Modules.Customers.Features.Login;

/// <summary>Signs short-lived access tokens that the host's JWT bearer handler accepts.</summary>
internal sealed class AccessTokenIssuer(IOptions<JwtSettings> settings, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public (string Token, int ExpiresInSeconds) Issue(Customer customer)
    {
        var jwt = settings.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(jwt.AccessTokenMinutes),
            Claims = new Dictionary<string, object>
            {
                [Caller.SubjectClaim] = customer.Id.ToString(CultureInfo.InvariantCulture),
                [Caller.RoleClaim] = customer.Role,
                ["email"] = customer.Email,
                [SecurityStampCache.Claim] = customer.SecurityStamp,
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(jwt.KeyBytes), SecurityAlgorithms.HmacSha256),
        });
        return (token, jwt.AccessTokenMinutes * 60);
    }
}
