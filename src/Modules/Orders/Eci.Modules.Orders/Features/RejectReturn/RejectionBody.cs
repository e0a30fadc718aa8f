namespace Eci.Modules.Orders.Features.RejectReturn;

internal sealed record RejectionBody(string? Reason, string? IdempotencyKey = null);
