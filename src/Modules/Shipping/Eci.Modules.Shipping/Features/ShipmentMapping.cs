using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;

namespace Eci.Modules.Shipping.Features;

internal static class ShipmentMapping
{
    public static ShipmentDto ToDto(this Shipment s) => new(
        s.Id, Guid.Parse(s.OrderId), s.CustomerId, s.Status, s.Carrier, s.TrackingNumber, s.Address.ToPostalAddress(), s.ItemsAsSold(),
        s.ShippedAt, s.DeliveredAt, s.CreatedAt, s.Warehouse);

    public static IReadOnlyList<ShipmentItem> ItemsAsSold(this Shipment s) =>
        s.Items.Select(i => new ShipmentItem(i.ProductId, i.Name, i.Quantity, s.Warehouse.Length == 0 ? null : s.Warehouse)).ToList();
}
