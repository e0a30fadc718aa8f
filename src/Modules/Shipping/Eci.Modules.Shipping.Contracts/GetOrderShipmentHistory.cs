using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Shipping.Contracts;

/// <summary>
/// What the shipping module did for an order, oldest first, for the order's timeline. <paramref name="IncludeInternal"/>
/// adds what only an admin may see.
/// </summary>
public sealed record GetOrderShipmentHistory(Guid OrderId, bool IncludeInternal) : IQuery<IReadOnlyList<OrderHistoryEntry>>;
