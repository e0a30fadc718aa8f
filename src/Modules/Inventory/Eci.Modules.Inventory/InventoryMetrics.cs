using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;

namespace Eci.Modules.Inventory;

// Reservation counts, and the available stock per product and warehouse as a gauge. The gauge reads a snapshot that
// StockLevelRefreshWorker renews, so a scrape never queries the database, and it shows only the lowest
// Modules:Inventory:MetricsMaxSeries rows, so its cardinality stays bounded.
internal sealed class InventoryMetrics : IDisposable
{
    public const string MeterName = "Eci.Inventory";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Reservations = Meter.CreateCounter<long>("inventory_reservations_total", description: "Reservations asked for, by result (held, insufficient_stock).");
    private static readonly Counter<long> Transfers = Meter.CreateCounter<long>(
        "inventory_transfers_total", description: "Transfers between warehouses by status reached (in_transit when started, received, cancelled).");

    // One gauge for the process, reading every live host's snapshot (one in production). A gauge per host would be
    // a duplicate instrument, which an exporter folds into the first one and drops when that host goes away.
    private static readonly ConcurrentDictionary<InventoryMetrics, byte> Live = new();
    private static readonly ObservableGauge<int> AvailableStock = Meter.CreateObservableGauge(
        "inventory_available_stock",
        () => Live.Keys.SelectMany(metrics => metrics._levels).Select(l => new Measurement<int>(
            l.Available, new KeyValuePair<string, object?>("product_id", l.ProductId), new KeyValuePair<string, object?>("warehouse", l.Warehouse))),
        description: "Units available to sell per product and warehouse (the lowest rows only).");

    private IReadOnlyList<StockLevel> _levels = [];

    public InventoryMetrics() => Live[this] = 0;

    public static void Reserved(bool held) =>
        Reservations.Add(1, new KeyValuePair<string, object?>("result", held ? "held" : InventoryErrorCodes.InsufficientStock));

    public static void Transferred(string status) => Transfers.Add(1, new KeyValuePair<string, object?>("status", status));

    public void Replace(IReadOnlyList<StockLevel> levels) => _levels = levels;

    public void Dispose() => Live.TryRemove(this, out _);
}
