using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>
/// Every customer's orders, newest first, optionally of one status (<see cref="OrderStatuses"/>), one customer, or placed
/// from <see cref="PlacedFrom"/> (inclusive) to <see cref="PlacedBefore"/> (exclusive), UTC.
/// </summary>
public sealed record SearchOrders(
    PageRequest Paging,
    string? Status = null,
    int? CustomerId = null,
    DateTime? PlacedFrom = null,
    DateTime? PlacedBefore = null) : IQuery<Page<OrderView>>;

/// <summary>One order with its lines and totals, for an operator; null when there is none.</summary>
public sealed record GetOrderView(Guid OrderId) : IQuery<OrderView?>;

/// <summary>An order as an operator reads it: state, money, lines as sold and the ids of its reservation, payment and shipment.</summary>
public sealed record OrderView(
    Guid Id,
    int CustomerId,
    string Status,
    string PaymentStatus,
    string? CancellationReason,
    Money Subtotal,
    Money Tax,
    Money Shipping,
    Money Total,
    string PaymentMethod,
    IReadOnlyList<OrderLineView> Lines,
    PostalAddress ShipTo,
    Guid? ReservationId,
    Guid? PaymentId,
    Guid? ShipmentId,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>A line of an order as it was sold.</summary>
public sealed record OrderLineView(int ProductId, string Sku, string Name, Money UnitPrice, int Quantity, Money LineTotal);

/// <summary>
/// Figures for an operator's overview: orders placed since <see cref="Since"/> and their value per currency, how many of
/// them failed payment, and orders still in an intermediate step that were last touched before <see cref="StuckBefore"/>.
/// </summary>
public sealed record GetOrderStatistics(DateTime Since, DateTime StuckBefore) : IQuery<OrderStatistics>;

public sealed record OrderStatistics(int Placed, IReadOnlyList<Money> Revenue, int PaymentFailed, int Stuck);
