using Mediator;

namespace Eci.Modules.Customers.Contracts;

/// <summary>
/// The account's current security stamp, which each access token carries; null when there is no such account. The
/// stamp changes with the password, a password reset and the role, so a token with another stamp is no longer valid.
/// </summary>
public sealed record GetSecurityStamp(int CustomerId) : IQuery<string?>;
