using Eci.Modules.Shipping.Domain;
using Eci.Shared.Contracts;

namespace Eci.Modules.Shipping.Features.GetOrderShipmentHistory;

/// <summary>A shipment told as the order's timeline shows it: its creation, then each status it moved to.</summary>
internal static class ShipmentHistory
{
    private const string Module = "shipping";

    public static IEnumerable<OrderHistoryEntry> Of(Shipment shipment)
    {
        yield return new OrderHistoryEntry(shipment.CreatedAt, Module, "shipment.created",
            $"Shipment created with {shipment.Carrier}, tracking number {shipment.TrackingNumber}.",
            Data(shipment, ShipmentStatus.Preparing, note: null));

        // The first entry of the history is the shipment's creation, told above.
        foreach (var change in shipment.History.OrderBy(h => h.At).Skip(1))
        {
            var note = string.IsNullOrWhiteSpace(change.Note) ? string.Empty : $" ({change.Note.Trim().TrimEnd('.')})";
            yield return new OrderHistoryEntry(change.At, Module, "shipment.status_changed",
                $"Shipment {change.Status.Replace('_', ' ')} with {shipment.Carrier}{note}.", Data(shipment, change.Status, change.Note));
        }
    }

    private static Dictionary<string, object?> Data(Shipment shipment, string status, string? note) => new()
    {
        ["shipment_id"] = shipment.Id,
        ["status"] = status,
        ["carrier"] = shipment.Carrier,
        ["tracking_number"] = shipment.TrackingNumber,
        ["note"] = note,
    };
}
