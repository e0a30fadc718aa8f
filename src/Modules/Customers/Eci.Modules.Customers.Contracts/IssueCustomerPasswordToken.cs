using Mediator;

namespace Eci.Modules.Customers.Contracts;

/// <summary>
/// Issues a one-time token with which the customer sets a password, as the API's password-token does: it replaces any
/// earlier token and ends the account's sessions. 404 for an unknown customer.
/// </summary>
public sealed record IssueCustomerPasswordToken(int CustomerId) : ICommand<IssuedPasswordToken>;

/// <summary>The token, shown once; only its hash is kept.</summary>
public sealed record IssuedPasswordToken(int CustomerId, string Token, DateTime ExpiresAt);
