using Eci.Modules.Inventory.Domain;
using Eci.Shared.Contracts;

namespace Eci.Modules.Inventory.Features.GetOrderStockHistory;

/// <summary>An order's stock told as its timeline shows it: the hold per warehouse line, extensions, then each ledger step.</summary>
// With the keys of the holds (an admin's view), each hold names the idempotency key it was made under.
internal sealed class StockHistory(IReadOnlyDictionary<int, string> warehouseCodes, IReadOnlyDictionary<string, string>? keys)
{
    private const string Module = "inventory";

    public IEnumerable<OrderHistoryEntry> OfHold(Reservation hold)
    {
        var lines = hold.Lines.Select(l => new Dictionary<string, object?>
        {
            ["product_id"] = l.ProductId,
            ["warehouse"] = Code(l.WarehouseId),
            ["quantity"] = l.Quantity,
            ["allocation_rule"] = l.AllocationRule,
        }).ToList();
        var warehouses = string.Join(", ", hold.Lines.Select(l => Code(l.WarehouseId)).Distinct());
        var held = new Dictionary<string, object?> { ["reservation_id"] = hold.Id, ["lines"] = lines };
        if (keys is not null)
        {
            held["idempotency_key"] = keys.GetValueOrDefault(ReservationResponse.LocationOf(hold.Id));
        }

        yield return new OrderHistoryEntry(hold.CreatedAt, Module, "stock.held", $"Held {hold.Lines.Sum(l => l.Quantity)} units in {warehouses}.", held);
        if (hold.LastExtendedAt is { } extendedAt)
        {
            yield return new OrderHistoryEntry(extendedAt, Module, "stock.hold_extended",
                hold.Extensions == 1 ? "Extended the hold." : $"Extended the hold {hold.Extensions} times.",
                new Dictionary<string, object?> { ["reservation_id"] = hold.Id, ["extensions"] = hold.Extensions });
        }
    }

    public OrderHistoryEntry OfMovements(IGrouping<(Guid? ReservationId, string Type, DateTime OccurredAt), StockMovement> step)
    {
        var (reservationId, type, at) = step.Key;
        var lines = step.Select(m => new Dictionary<string, object?>
        {
            ["product_id"] = m.ProductId,
            ["warehouse"] = Code(m.WarehouseId),
            ["quantity"] = m.Quantity,
        }).ToList();
        var units = step.Sum(m => m.Quantity);
        var summary = type switch
        {
            MovementTypes.Committed => $"Committed {units} held units to the order.",
            MovementTypes.Released => $"Released {units} held units.",
            MovementTypes.Expired => $"The hold of {units} units expired.",
            MovementTypes.Shipped => $"{units} units left the warehouse.",
            MovementTypes.Returned => $"{units} units came back to stock.",
            _ => $"Stock {type.Replace('_', ' ')}: {units} units.",
        };
        return new OrderHistoryEntry(at, Module, $"stock.{type}", summary,
            new Dictionary<string, object?> { ["reservation_id"] = reservationId, ["lines"] = lines });
    }

    private string Code(int warehouseId) => warehouseCodes.GetValueOrDefault(warehouseId, warehouseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
