using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Shipping.Contracts;

/// <summary>
/// Asked by Shipping before an order's goods go (an admin ships it, or its parcel leaves), answered by the module that
/// owns orders, which decides by its own rules whether the order may ship now; null when there is no such order.
/// Declared here so that Shipping does not depend on Orders.
/// </summary>
public sealed record GetShippableOrder(Guid OrderId) : IQuery<ShippableOrder?>;

/// <summary>
/// An order as Shipping needs it: whose it is, where it goes, what it holds, and whether its goods may go now
/// (<see cref="MayShip"/>). <see cref="Status"/> and <see cref="PaymentStatus"/> are the order's own, for messages.
/// </summary>
public sealed record ShippableOrder(
    Guid OrderId,
    int CustomerId,
    PostalAddress ShipTo,
    IReadOnlyList<ShipmentItem> Items,
    bool MayShip,
    string Status,
    string PaymentStatus);
