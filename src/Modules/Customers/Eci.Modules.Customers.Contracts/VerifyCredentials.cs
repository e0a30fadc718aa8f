using Mediator;

namespace Eci.Modules.Customers.Contracts;

/// <summary>
/// Checks an email and password as the API's sign-in does, with the same lockout: a wrong password counts towards it,
/// and a locked or unknown account fails the same way (401 <c>invalid_credentials</c>). Issues no token.
/// </summary>
public sealed record VerifyCredentials(string Email, string Password) : ICommand<VerifiedAccount>;

/// <summary>The account behind verified credentials: its role and the security stamp a session must keep matching.</summary>
public sealed record VerifiedAccount(int CustomerId, string Email, string Role, string SecurityStamp);
