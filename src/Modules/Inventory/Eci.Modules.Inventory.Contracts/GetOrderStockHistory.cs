using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>
/// What the inventory module did for an order, oldest first, for the order's timeline. <paramref name="IncludeInternal"/>
/// adds what only an admin may see.
/// </summary>
public sealed record GetOrderStockHistory(Guid OrderId, bool IncludeInternal) : IQuery<IReadOnlyList<OrderHistoryEntry>>;
