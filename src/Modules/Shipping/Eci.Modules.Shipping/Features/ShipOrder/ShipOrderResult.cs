namespace Eci.Modules.Shipping.Features.ShipOrder;

internal sealed record ShipOrderResult(ShipmentResponse Shipment, bool Created);
