namespace Eci.Modules.Inventory.Domain;

/// <summary>Stock of one product in one active warehouse that a request could draw from.</summary>
internal sealed record StockOption(int StockItemId, int ProductId, int WarehouseId, string WarehouseCode, int Priority, int Available);
