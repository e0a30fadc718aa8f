namespace Eci.Modules.Customers.Features.IssuePasswordToken;

internal sealed record PasswordTokenResponse(int CustomerId, string Token, DateTime ExpiresAt);
