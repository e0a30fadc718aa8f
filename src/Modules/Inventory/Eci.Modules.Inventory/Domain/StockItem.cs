namespace Eci.Modules.Inventory.Domain;

// The stock of one product in one warehouse. available = on_hand − reserved − committed never goes negative: every
// change is a single guarded statement (StockLedger) and a CHECK constraint backs it.
internal sealed class StockItem
{
    private StockItem()
    {
    }

    public int Id { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    // Physically in the warehouse.
    public int OnHand { get; private set; }

    // Held for checkouts not yet paid; such holds expire.
    public int Reserved { get; private set; }

    // Paid for and not yet shipped; never expires.
    public int Committed { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Available => OnHand - Reserved - Committed;

    public static StockItem Empty(int productId, int warehouseId, DateTime now) =>
        new() { ProductId = productId, WarehouseId = warehouseId, UpdatedAt = now };
}
