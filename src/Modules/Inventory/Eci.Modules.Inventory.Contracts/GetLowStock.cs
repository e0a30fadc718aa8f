using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>
/// Products whose stock available across warehouses is at or below their low-stock threshold (their own, else the
/// configured default), fewest first, at most <see cref="Max"/> of them; <see cref="LowStockReport.Count"/> counts all.
/// </summary>
public sealed record GetLowStock(int Max = 50) : IQuery<LowStockReport>
{
    public const int MaxLimit = 500;
}

public sealed record LowStockReport(int Count, IReadOnlyList<LowStockProduct> Products);

public sealed record LowStockProduct(int ProductId, long Available, int Threshold);
