using Mediator;

namespace Eci.Modules.Shipping.Contracts;

/// <summary>An order's shipment was created and is being prepared.</summary>
public sealed record ShipmentCreated(Guid ShipmentId, Guid OrderId, int CustomerId, string TrackingNumber, DateTime OccurredAt) : INotification;

/// <summary>A shipment moved from one status to another (e.g. <c>shipped</c>, <c>delivered</c>, <c>returned</c>).</summary>
public sealed record ShipmentStatusChanged(
    Guid ShipmentId,
    Guid OrderId,
    int CustomerId,
    string From,
    string To,
    string TrackingNumber,
    string Carrier,
    DateTime OccurredAt) : INotification;
