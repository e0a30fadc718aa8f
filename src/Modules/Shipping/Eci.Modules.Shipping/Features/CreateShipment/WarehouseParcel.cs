using Eci.Modules.Shipping.Contracts;

namespace Eci.Modules.Shipping.Features.CreateShipment;

/// <summary>The items of an order that leave from one warehouse: one shipment.</summary>
internal sealed record WarehouseParcel(string Warehouse, IReadOnlyList<ShipmentItem> Items)
{
    // Items whose warehouse is not known go together.
    public static IReadOnlyList<WarehouseParcel> Split(IReadOnlyList<ShipmentItem> items) =>
        items.GroupBy(i => i.Warehouse ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WarehouseParcel(g.Key, g.ToList()))
            .ToList();
}
