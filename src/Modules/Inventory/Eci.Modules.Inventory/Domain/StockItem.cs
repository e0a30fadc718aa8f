namespace Eci.Modules.Inventory.Domain;

/// <summary>
/// The stock of one product in one warehouse. <c>available = on_hand − reserved − committed</c> never goes negative:
/// every change is a single guarded statement (see <see cref="Stock.StockLedger"/>) and a CHECK constraint backs it.
/// </summary>
internal sealed class StockItem
{
    private StockItem()
    {
    }

    public int Id { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    /// <summary>Physically in the warehouse.</summary>
    public int OnHand { get; private set; }

    /// <summary>Held for checkouts not yet paid; such holds expire.</summary>
    public int Reserved { get; private set; }

    /// <summary>Paid for and not yet shipped; never expires.</summary>
    public int Committed { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Available => OnHand - Reserved - Committed;

    public static StockItem Empty(int productId, int warehouseId, DateTime now) =>
        new() { ProductId = productId, WarehouseId = warehouseId, UpdatedAt = now };
}
