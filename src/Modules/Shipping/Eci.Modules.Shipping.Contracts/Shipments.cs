using Mediator;

namespace Eci.Modules.Shipping.Contracts;

/// <summary>
/// Creates the shipment of an order, in status <c>preparing</c>, with a generated unique tracking number. One shipment
/// per order: repeating the call returns the existing shipment.
/// </summary>
public sealed record CreateShipment(
    string OrderId,
    int CustomerId,
    ShippingAddress Address,
    IReadOnlyList<ShipmentItem> Items,
    string? Carrier = null) : ICommand<ShipmentDto>;

/// <summary>Cancels an order's shipment if it has not left yet; 409 once it has. Repeating it changes nothing.</summary>
public sealed record CancelShipment(string OrderId, string Reason) : ICommand<ShipmentDto?>;

/// <summary>The shipments of an order, oldest first.</summary>
public sealed record GetOrderShipments(string OrderId) : IQuery<IReadOnlyList<ShipmentDto>>;

/// <summary>Where a shipment goes; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
public sealed record ShippingAddress(string Line1, string? Line2, string City, string PostalCode, string Country);

/// <summary>What a shipment carries: the product, its name as sold, and how many.</summary>
public sealed record ShipmentItem(int ProductId, string Name, int Quantity);

/// <summary>
/// A shipment: <c>preparing</c> → <c>shipped</c> → <c>in_transit</c> → <c>out_for_delivery</c> → <c>delivered</c>,
/// or <c>cancelled</c> (before it leaves) / <c>returned</c> (after it left).
/// </summary>
public sealed record ShipmentDto(
    Guid Id,
    string OrderId,
    int CustomerId,
    string Status,
    string Carrier,
    string TrackingNumber,
    ShippingAddress Address,
    IReadOnlyList<ShipmentItem> Items,
    DateTime? ShippedAt,
    DateTime? DeliveredAt,
    DateTime CreatedAt);
