using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;

namespace Eci.Modules.Shipping.Features;

/// <summary>A shipment as the API shows it, with its tracking history oldest first.</summary>
internal sealed record ShipmentResponse(
    Guid Id,
    string OrderId,
    int CustomerId,
    string Status,
    string Carrier,
    string TrackingNumber,
    ShippingAddress Address,
    IReadOnlyList<ShipmentItem> Items,
    IReadOnlyList<TrackingEventResponse> History,
    DateTime? ShippedAt,
    DateTime? DeliveredAt,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ShipmentResponse From(Shipment s)
    {
        var dto = s.ToDto();
        return new(
            dto.Id, dto.OrderId, dto.CustomerId, dto.Status, dto.Carrier, dto.TrackingNumber, dto.Address, dto.Items,
            s.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new TrackingEventResponse(e.Status, e.At, e.Note)).ToList(),
            dto.ShippedAt, dto.DeliveredAt, dto.CreatedAt, s.UpdatedAt);
    }
}

internal sealed record TrackingEventResponse(string Status, DateTime At, string? Note);

internal static class ShipmentMapping
{
    public static ShipmentDto ToDto(this Shipment s) => new(
        s.Id, s.OrderId, s.CustomerId, s.Status, s.Carrier, s.TrackingNumber,
        new ShippingAddress(s.Address.Line1, s.Address.Line2, s.Address.City, s.Address.PostalCode, s.Address.Country),
        s.Items.Select(i => new ShipmentItem(i.ProductId, i.Name, i.Quantity)).ToList(),
        s.ShippedAt, s.DeliveredAt, s.CreatedAt);
}
