namespace Eci.Modules.Orders.Features;

internal sealed record OrderItemResponse(int ProductId, string Sku, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
