using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>
/// An order's timeline as an operator reads it (the admin view of <c>GET /v1/orders/{id}/timeline</c>, internal
/// details included), oldest first; null when there is no such order.
/// </summary>
public sealed record GetOrderTimelineView(Guid OrderId) : IQuery<IReadOnlyList<OrderHistoryEntry>?>;
