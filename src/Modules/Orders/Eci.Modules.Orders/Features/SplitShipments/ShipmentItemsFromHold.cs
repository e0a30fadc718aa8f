using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Shipping.Contracts;

namespace Eci.Modules.Orders.Features.SplitShipments;

/// <summary>What an order ships from each warehouse: its hold's lines, each named as sold (ADR 0047).</summary>
internal static class ShipmentItemsFromHold
{
    // An order whose hold is not known, or does not cover its lines, ships its lines as one parcel of unknown origin.
    public static IReadOnlyList<ShipmentItem> For(Order order, ReservationDto? hold)
    {
        var names = order.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.First().Name);
        var covered = hold is { Lines.Count: > 0 }
            && hold.Lines.All(l => names.ContainsKey(l.ProductId))
            && order.Lines.GroupBy(l => l.ProductId).All(g => g.Sum(l => l.Quantity) == hold.Lines.Where(h => h.ProductId == g.Key).Sum(h => h.Quantity));
        return covered
            ? hold!.Lines.Select(l => new ShipmentItem(l.ProductId, names[l.ProductId], l.Quantity, l.Warehouse)).ToList()
            : order.Lines.Select(l => new ShipmentItem(l.ProductId, l.Name, l.Quantity)).ToList();
    }
}
