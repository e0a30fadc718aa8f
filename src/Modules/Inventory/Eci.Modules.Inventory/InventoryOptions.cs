namespace Eci.Modules.Inventory;

/// <summary>Settings under <c>Modules:Inventory</c>.</summary>
internal sealed class InventoryOptions
{
    /// <summary>How long a hold lasts when the caller does not say.</summary>
    public int DefaultReservationMinutes { get; set; } = 15;

    /// <summary>Available stock below which a product is low, unless the product has its own threshold.</summary>
    public int LowStockThreshold { get; set; } = 10;

    /// <summary>How often the sweeper expires holds past their time.</summary>
    public int SweepIntervalSeconds { get; set; } = 5;

    /// <summary>How often the <c>inventory_available_stock</c> gauge is read from the database.</summary>
    public int MetricsRefreshSeconds { get; set; } = 15;

    /// <summary>How many product/warehouse rows the gauge shows at most: the ones with the least stock.</summary>
    public int MetricsMaxSeries { get; set; } = 200;
}
