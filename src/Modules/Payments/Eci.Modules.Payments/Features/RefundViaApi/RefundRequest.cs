namespace Eci.Modules.Payments.Features.RefundViaApi;

/// <summary>The refund body; <c>payment_id</c> is used by <c>POST /v1/payments/refund</c>.</summary>
internal sealed record RefundRequest(Guid? PaymentId, decimal? Amount, string? Reason, string? IdempotencyKey);
