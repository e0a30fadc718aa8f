namespace Eci.Modules.Payments.Features;

internal sealed record RefundResponse(Guid Id, decimal Amount, string Reason, DateTime CreatedAt);
