namespace Eci.Modules.Inventory.Domain;

/// <summary>Part of a reservation held in one warehouse.</summary>
internal sealed class ReservationLine
{
    private ReservationLine()
    {
    }

    public ReservationLine(int stockItemId, int productId, int warehouseId, int quantity, string allocationRule)
    {
        StockItemId = stockItemId;
        ProductId = productId;
        WarehouseId = warehouseId;
        Quantity = quantity;
        AllocationRule = allocationRule;
    }

    public int Id { get; private set; }

    public int StockItemId { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    public int Quantity { get; private set; }

    // One of AllocationRules.
    public string AllocationRule { get; private set; } = string.Empty;
}
