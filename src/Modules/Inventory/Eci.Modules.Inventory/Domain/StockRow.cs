namespace Eci.Modules.Inventory.Domain;

/// <summary>One product's stock in one warehouse, as readers see it (expired holds no longer reserved).</summary>
internal sealed record StockRow(int StockItemId, int ProductId, int WarehouseId, string Warehouse, int Priority, bool IsActive, int OnHand, int Reserved, int Committed)
{
    public int Available => Math.Max(0, OnHand - Reserved - Committed);

    public StockOption ToOption() => new(StockItemId, ProductId, WarehouseId, Warehouse, Priority, Available);
}
