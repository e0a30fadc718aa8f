using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>Stock figures of many products in one call; products without stock answer zeros.</summary>
public sealed record GetAvailability(IReadOnlyCollection<int> ProductIds) : IQuery<IReadOnlyList<ProductAvailability>>
{
    public const int MaxIds = 1000;
}

/// <summary><see cref="Available"/> = on hand − reserved − committed, never negative; expired holds already count as free.</summary>
public sealed record ProductAvailability(int ProductId, int OnHand, int Reserved, int Committed, int Available, IReadOnlyList<WarehouseAvailability> Warehouses);

public sealed record WarehouseAvailability(string Warehouse, int OnHand, int Reserved, int Committed, int Available);
