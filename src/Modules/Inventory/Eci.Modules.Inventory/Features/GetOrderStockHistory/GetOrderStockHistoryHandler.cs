using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.GetOrderStockHistory;

internal sealed class GetOrderStockHistoryHandler(InventoryDbContext db) : IQueryHandler<Contracts.GetOrderStockHistory, IReadOnlyList<OrderHistoryEntry>>
{
    public async ValueTask<IReadOnlyList<OrderHistoryEntry>> Handle(Contracts.GetOrderStockHistory query, CancellationToken cancellationToken)
    {
        var orderId = query.OrderId.ToString();
        var holds = await db.Reservations.AsNoTracking().Where(r => r.OrderId == orderId).ToListAsync(cancellationToken);
        if (holds.Count == 0)
        {
            return [];
        }

        var holdIds = holds.Select(r => (Guid?)r.Id).ToList();
        // The hold itself is told from its lines; the ledger tells what happened to the stock afterwards.
        var movements = await db.Movements.AsNoTracking()
            .Where(m => holdIds.Contains(m.ReservationId) && m.Type != MovementTypes.Reserved)
            .ToListAsync(cancellationToken);
        var warehouseIds = holds.SelectMany(r => r.Lines).Select(l => l.WarehouseId).Concat(movements.Select(m => m.WarehouseId)).Distinct().ToList();
        var codes = await db.Warehouses.AsNoTracking().Where(w => warehouseIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        var keys = query.IncludeInternal
            ? await db.KeysThatCreatedAsync(holds.Select(r => ReservationResponse.LocationOf(r.Id)).ToList(), cancellationToken)
            : null;
        var history = new StockHistory(codes, keys);
        return holds.SelectMany(history.OfHold)
            .Concat(movements.GroupBy(m => (m.ReservationId, m.Type, m.OccurredAt)).Select(history.OfMovements))
            .OrderBy(e => e.At)
            .ToList();
    }
}
