using Eci.Modules.Inventory.Domain;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>
/// Stock rows as readers see them (<see cref="StockFigures"/>), whether any of them still counts a lapsed hold as
/// reserved, and the products' own low-stock thresholds (products without one are absent).
/// </summary>
internal sealed record StockSnapshot(List<StockRow> Rows, bool HasLapsedHolds, IReadOnlyDictionary<int, int> Thresholds);
