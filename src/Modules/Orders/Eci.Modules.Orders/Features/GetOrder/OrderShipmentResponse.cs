using Eci.Modules.Shipping.Contracts;

namespace Eci.Modules.Orders.Features.GetOrder;

/// <summary>One of an order's shipments as the order shows it: where it leaves from and how far it got (ADR 0047).</summary>
internal sealed record OrderShipmentResponse(
    Guid Id, string Warehouse, string Status, string Carrier, string TrackingNumber, DateTime? ShippedAt, DateTime? DeliveredAt)
{
    public static OrderShipmentResponse From(ShipmentDto s) => new(s.Id, s.Warehouse, s.Status, s.Carrier, s.TrackingNumber, s.ShippedAt, s.DeliveredAt);
}
