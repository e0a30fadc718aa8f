using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>Stock figures of many products in one call; products without stock answer zeros.</summary>
public sealed record GetAvailability(IReadOnlyCollection<int> ProductIds) : IQuery<IReadOnlyList<ProductAvailability>>
{
    public const int MaxIds = 1000;
}

/// <summary>
/// <see cref="Available"/> = on hand − reserved − committed, never negative; expired holds already count as free. Totals
/// across warehouses are 64-bit: each warehouse holds at most 1,000,000,000 of a product, and there may be many.
/// </summary>
public sealed record ProductAvailability(int ProductId, long OnHand, long Reserved, long Committed, long Available, IReadOnlyList<WarehouseAvailability> Warehouses);

public sealed record WarehouseAvailability(string Warehouse, int OnHand, int Reserved, int Committed, int Available);
