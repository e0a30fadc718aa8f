using System.Text.Json.Serialization;
using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Shared.Contracts;
using Eci.Shared.Preconditions;

namespace Eci.Modules.Shipping.Features;

/// <summary>A shipment as the API shows it, with its tracking history oldest first.</summary>
internal sealed record ShipmentResponse(
    Guid Id,
    string OrderId,
    int CustomerId,
    string Warehouse,
    string Status,
    string Carrier,
    string TrackingNumber,
    PostalAddress Address,
    IReadOnlyList<ShipmentItem> Items,
    IReadOnlyList<TrackingEventResponse> History,
    DateTime? ShippedAt,
    DateTime? DeliveredAt,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersionedResource
{
    [JsonIgnore]
    public int Version { get; init; }

    public static ShipmentResponse From(Shipment s) => new(
        s.Id, s.OrderId, s.CustomerId, s.Warehouse, s.Status, s.Carrier, s.TrackingNumber, s.Address.ToPostalAddress(), s.ItemsAsSold(),
        s.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new TrackingEventResponse(e.Status, e.At, e.Note)).ToList(),
        s.ShippedAt, s.DeliveredAt, s.CreatedAt, s.UpdatedAt)
    {
        Version = s.Version,
    };
}
