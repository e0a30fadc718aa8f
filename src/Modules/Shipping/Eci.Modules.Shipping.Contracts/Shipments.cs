using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Shipping.Contracts;

/// <summary>
/// Creates the shipments of an order, in status <c>preparing</c>, one per warehouse the items leave from
/// (<see cref="ShipmentItem.Warehouse"/>), each with its own generated unique tracking number. One shipment per
/// (order, warehouse): repeating the call creates only those still missing and returns them all, oldest first.
/// </summary>
public sealed record CreateShipment(
    Guid OrderId,
    int CustomerId,
    PostalAddress Address,
    IReadOnlyList<ShipmentItem> Items,
    string? Carrier = null) : ICommand<IReadOnlyList<ShipmentDto>>;

/// <summary>
/// Cancels every shipment of an order, all or none: 409 <see cref="ShippingErrorCodes.ShipmentAlreadyLeft"/> with
/// nothing changed once any has left. Null when the order has none; repeating it changes nothing.
/// </summary>
public sealed record CancelShipment(Guid OrderId, string Reason) : ICommand<IReadOnlyList<ShipmentDto>?>;

/// <summary>The shipments of an order, oldest first.</summary>
public sealed record GetOrderShipments(Guid OrderId) : IQuery<IReadOnlyList<ShipmentDto>>;

/// <summary>What a shipment carries: the product, its name as sold, how many, and the warehouse they leave from (null: unknown).</summary>
public sealed record ShipmentItem(int ProductId, string Name, int Quantity, string? Warehouse = null);

/// <summary>
/// A shipment of the units leaving one <see cref="Warehouse"/> (empty when unknown): <c>preparing</c> → <c>shipped</c> → <c>in_transit</c> → <c>out_for_delivery</c> → <c>delivered</c>,
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
    DateTime CreatedAt,
    string Warehouse = "");
