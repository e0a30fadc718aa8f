namespace Eci.Modules.Orders.Features.ReceiveReturn;

internal sealed record ReceiptLineRequest(int? ProductId, int? Quantity, string? Disposition, string? Warehouse);
