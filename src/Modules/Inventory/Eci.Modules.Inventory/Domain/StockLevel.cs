namespace Eci.Modules.Inventory.Domain;

/// <summary>One point of the available-stock gauge.</summary>
internal sealed record StockLevel(int ProductId, string Warehouse, int Available);
