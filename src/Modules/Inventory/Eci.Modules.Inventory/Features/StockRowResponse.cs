namespace Eci.Modules.Inventory.Features;

internal sealed record StockRowResponse(string Warehouse, bool IsActive, int OnHand, int Reserved, int Committed, int Available);
