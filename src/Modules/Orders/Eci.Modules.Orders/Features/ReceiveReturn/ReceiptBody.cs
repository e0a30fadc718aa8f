namespace Eci.Modules.Orders.Features.ReceiveReturn;

internal sealed record ReceiptBody(IReadOnlyList<ReceiptLineRequest>? Lines, string? IdempotencyKey = null);
