using Mediator;

namespace Eci.Modules.Customers.Features.IssuePasswordToken;

// An admin issues a one-time token with which a customer sets a password (imported customers have none). Only its hash
// is stored; a new token replaces the previous one. Issuing one is a reset: it ends the account's access tokens.
internal sealed record IssuePasswordToken(int CustomerId) : ICommand<PasswordTokenResponse>;
