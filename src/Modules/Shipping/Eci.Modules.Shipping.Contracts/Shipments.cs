using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Shipping.Contracts;

/// <summary>
/// Creates the shipment of an order, in status <c>preparing</c>, with a generated unique tracking number. One shipment
/// per order: repeating the call returns the existing shipment.
/// </summary>
public sealed record CreateShipment(
    Guid OrderId,
    int CustomerId,
    PostalAddress Address,
    IReadOnlyList<ShipmentItem> Items,
    string? Carrier = null) : ICommand<ShipmentDto>;

/// <summary>Cancels an order's shipment if it has not left yet; 409 once it has. Repeating it changes nothing.</summary>
public sealed record CancelShipment(Guid OrderId, string Reason) : ICommand<ShipmentDto?>;

/// <summary>The shipments of an order, oldest first.</summary>
public sealed record GetOrderShipments(Guid OrderId) : IQuery<IReadOnlyList<ShipmentDto>>;

/// <summary>What a shipment carries: the product, its name as sold, and how many.</summary>
public sealed record ShipmentItem(int ProductId, string Name, int Quantity);

/// <summary>
/// A shipment: <c>preparing</c> → <c>shipped</c> → <c>in_transit</c> → <c>out_for_delivery</c> → <c>delivered</c>,
/// or <c>cancelled</c> (before it leaves) / <c>returned</c> (after it left).
/// </summary>
public sealed record ShipmentDto(
    Guid Id,
    Guid OrderId,
    int CustomerId,
    string Status,
    string Carrier,
    string TrackingNumber,
    PostalAddress Address,
    IReadOnlyList<ShipmentItem> Items,
    DateTime? ShippedAt,
    DateTime? DeliveredAt,
    DateTime CreatedAt);
