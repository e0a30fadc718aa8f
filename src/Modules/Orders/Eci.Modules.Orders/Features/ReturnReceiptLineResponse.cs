namespace Eci.Modules.Orders.Features;

internal sealed record ReturnReceiptLineResponse(int ProductId, int Quantity, string Disposition, string Warehouse);
