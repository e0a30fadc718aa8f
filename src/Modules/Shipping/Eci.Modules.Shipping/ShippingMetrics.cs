using System.Diagnostics.Metrics;

namespace Eci.Modules.Shipping;

/// <summary>Shipment counters, fed by the shipments' own events.</summary>
internal static class ShippingMetrics
{
    public const string MeterName = "Eci.Shipping";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Created = Meter.CreateCounter<long>("shipments_created_total", description: "Shipments created.");
    private static readonly Counter<long> Moved = Meter.CreateCounter<long>("shipment_status_changes_total", description: "Shipment status changes, by new status.");

    public static void ShipmentCreated() => Created.Add(1);

    public static void ShipmentMoved(string to) => Moved.Add(1, new KeyValuePair<string, object?>("status", to));
}
