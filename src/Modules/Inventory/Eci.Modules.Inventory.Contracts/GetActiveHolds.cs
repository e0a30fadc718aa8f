using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>
/// The active holds on a product, for an operator: one per hold and warehouse, the soonest to expire first, at most
/// <see cref="Max"/> of them.
/// </summary>
public sealed record GetActiveHolds(int ProductId, int Max = 50) : IQuery<IReadOnlyList<ActiveHold>>;

/// <summary>Units of a product held for an order (or a hold made without one) in one warehouse until <see cref="ExpiresAt"/>.</summary>
public sealed record ActiveHold(Guid ReservationId, string? OrderId, string Warehouse, int Quantity, DateTime? ExpiresAt, DateTime CreatedAt);
