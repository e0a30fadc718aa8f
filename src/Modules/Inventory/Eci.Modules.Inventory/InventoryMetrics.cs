using System.Diagnostics.Metrics;

namespace Eci.Modules.Inventory;

/// <summary>
/// Reservation counts, and the available stock per product and warehouse as a gauge. The gauge reads a snapshot
/// that <see cref="Background.StockLevelRefresher"/> renews, so a scrape never queries the database, and it shows
/// only the lowest <c>Modules:Inventory:MetricsMaxSeries</c> rows, so its cardinality stays bounded.
/// </summary>
internal sealed class InventoryMetrics
{
    public const string MeterName = "Eci.Inventory";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Reservations = Meter.CreateCounter<long>("inventory_reservations_total", description: "Reservations asked for, by result (held, insufficient_stock).");

    private IReadOnlyList<StockLevel> _levels = [];

    /// <summary>The gauge lives on a meter of the host's own, so it goes away with the host.</summary>
    public InventoryMetrics(IMeterFactory meters) =>
        meters.Create(MeterName).CreateObservableGauge("inventory_available_stock", () => _levels.Select(l => new Measurement<int>(
            l.Available, new KeyValuePair<string, object?>("product_id", l.ProductId), new KeyValuePair<string, object?>("warehouse", l.Warehouse))),
            description: "Units available to sell per product and warehouse (the lowest rows only).");

    public static void Reserved(bool held) =>
        Reservations.Add(1, new KeyValuePair<string, object?>("result", held ? "held" : "insufficient_stock"));

    public void Replace(IReadOnlyList<StockLevel> levels) => _levels = levels;
}

internal sealed record StockLevel(int ProductId, string Warehouse, int Available);
