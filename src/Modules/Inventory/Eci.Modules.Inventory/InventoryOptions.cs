namespace Eci.Modules.Inventory;

/// <summary>Settings under <c>Modules:Inventory</c>.</summary>
internal sealed class InventoryOptions
{
    // How long a hold lasts when the caller does not say.
    public int DefaultReservationMinutes { get; set; } = 15;

    // Available stock below which a product is low, unless the product has its own threshold.
    public int LowStockThreshold { get; set; } = 10;

    // How often the sweeper expires holds past their time.
    public int SweepIntervalSeconds { get; set; } = 5;

    // How often the inventory_available_stock gauge is read from the database.
    public int MetricsRefreshSeconds { get; set; } = 15;

    // How many product/warehouse rows the gauge shows at most: the ones with the least stock.
    public int MetricsMaxSeries { get; set; } = 200;
}
