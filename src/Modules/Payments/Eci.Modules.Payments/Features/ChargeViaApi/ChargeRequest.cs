namespace Eci.Modules.Payments.Features.ChargeViaApi;

/// <summary>
/// The seed API's charge body: the client sends the amount and an idempotency key, which is required. The seed's body
/// has no method: one sent without is charged with <c>Modules:Payments:DefaultMethod</c>.
/// </summary>
internal sealed record ChargeRequest(
    string? OrderId,
    decimal? Amount,
    string? Currency,
    int? CustomerId,
    string? Method,
    string? PaymentToken,
    string? IdempotencyKey);
