using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>What another module may know of an order: its owner, state, address and lines; null when there is none.</summary>
public sealed record GetOrderSummary(Guid OrderId) : IQuery<OrderSummary?>;

/// <summary>An order as other modules see it; <see cref="Status"/> is e.g. <c>paid</c>, <c>fulfilling</c>, <c>cancelled</c>.</summary>
public sealed record OrderSummary(Guid OrderId, int CustomerId, string Status, OrderShipTo ShipTo, IReadOnlyList<OrderLineSummary> Lines);

/// <summary>Where an order is to be shipped; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
public sealed record OrderShipTo(string Line1, string? Line2, string City, string PostalCode, string Country);
