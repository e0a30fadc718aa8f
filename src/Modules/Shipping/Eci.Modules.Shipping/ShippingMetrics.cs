using System.Diagnostics.Metrics;
using Eci.Modules.Shipping.Contracts;
using Mediator;

namespace Eci.Modules.Shipping;

/// <summary>Shipment counters, fed by the shipments' own events.</summary>
internal sealed class ShipmentMetrics : INotificationHandler<ShipmentCreated>, INotificationHandler<ShipmentStatusChanged>
{
    public const string MeterName = "Eci.Shipping";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Created = Meter.CreateCounter<long>("shipments_created_total", description: "Shipments created.");
    private static readonly Counter<long> Moved = Meter.CreateCounter<long>("shipment_status_changes_total", description: "Shipment status changes, by new status.");

    public ValueTask Handle(ShipmentCreated notification, CancellationToken cancellationToken)
    {
        Created.Add(1);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ShipmentStatusChanged notification, CancellationToken cancellationToken)
    {
        Moved.Add(1, new KeyValuePair<string, object?>("status", notification.To));
        return ValueTask.CompletedTask;
    }
}
