namespace Eci.Modules.Orders.Features.PlaceOrder;

internal sealed record OrderItemRequest(int? ProductId, int? Quantity);
