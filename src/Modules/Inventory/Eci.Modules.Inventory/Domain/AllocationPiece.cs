namespace Eci.Modules.Inventory.Domain;

/// <summary>A quantity to hold in one stock item, and the rule that chose it.</summary>
internal sealed record AllocationPiece(int StockItemId, int ProductId, int WarehouseId, string WarehouseCode, int Quantity, string Rule);
