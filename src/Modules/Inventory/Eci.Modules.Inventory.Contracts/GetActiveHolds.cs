using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>
/// The active holds on a product, for an operator: one per hold and warehouse, the soonest to expire first, at most
/// <see cref="Max"/> of them.
/// </summary>
public sealed record GetActiveHolds(int ProductId, int Max = 50) : IQuery<IReadOnlyList<ActiveHold>>;

/// <summary>
/// Units of a product held in one warehouse until <see cref="ExpiresAt"/>, for an order (null for a hold an admin made
/// under another reference).
/// </summary>
public sealed record ActiveHold(Guid ReservationId, Guid? OrderId, string Warehouse, int Quantity, DateTime? ExpiresAt, DateTime CreatedAt);
