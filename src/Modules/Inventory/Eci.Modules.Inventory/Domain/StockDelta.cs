namespace Eci.Modules.Inventory.Domain;

/// <summary>How one movement changes a stock item's figures.</summary>
internal readonly record struct StockDelta(int Quantity, int OnHand, int Reserved, int Committed);
