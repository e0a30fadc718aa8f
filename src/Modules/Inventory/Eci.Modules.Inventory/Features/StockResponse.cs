namespace Eci.Modules.Inventory.Features;

/// <summary>
/// A product's stock per warehouse (inactive ones included) and in total, with its low-stock threshold and the units in
/// transit between warehouses (on hand nowhere until received).
/// </summary>
internal sealed record StockResponse(
    int ProductId, long OnHand, long Reserved, long Committed, long Available, int LowStockThreshold, IReadOnlyList<StockRowResponse> Warehouses, long InTransit);
