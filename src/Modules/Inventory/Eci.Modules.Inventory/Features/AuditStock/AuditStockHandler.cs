using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.AuditStock;

internal sealed class AuditStockHandler(InventoryDbContext db) : IQueryHandler<AuditStock, AuditReport>
{
    public async ValueTask<AuditReport> Handle(AuditStock query, CancellationToken cancellationToken)
    {
        var items = await db.StockItems.AsNoTracking()
            .Join(db.Warehouses, s => s.WarehouseId, w => w.Id, (s, w) => new { s.Id, s.ProductId, w.Code, s.OnHand, s.Reserved, s.Committed })
            .ToListAsync(cancellationToken);
        var ledger = await db.Movements.AsNoTracking().GroupBy(m => m.StockItemId)
            .Select(g => new
            {
                Id = g.Key,
                Count = g.LongCount(),
                OnHand = g.Sum(m => (long)m.OnHandDelta),
                Reserved = g.Sum(m => (long)m.ReservedDelta),
                Committed = g.Sum(m => (long)m.CommittedDelta),
            })
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        var held = await HeldAsync(ReservationStatuses.Active, cancellationToken);
        var committed = await HeldAsync(ReservationStatuses.Committed, cancellationToken);

        var drift = new List<Drift>();
        foreach (var item in items)
        {
            var sums = ledger.GetValueOrDefault(item.Id);
            void Check(string figure, long stored, long fromLedger, long? fromReservations)
            {
                if (stored != fromLedger || (fromReservations is { } r && stored != r))
                {
                    drift.Add(new Drift(item.ProductId, item.Code, figure, stored, fromLedger, fromReservations));
                }
            }

            Check("on_hand", item.OnHand, sums?.OnHand ?? 0, null);
            Check("reserved", item.Reserved, sums?.Reserved ?? 0, held.GetValueOrDefault(item.Id));
            Check("committed", item.Committed, sums?.Committed ?? 0, committed.GetValueOrDefault(item.Id));
        }

        drift.AddRange(await InTransitDriftAsync(cancellationToken));
        return new AuditReport(drift.Count == 0, items.Count, ledger.Values.Sum(x => x.Count), drift);
    }

    // Each product's units in transit must be what its transfer entries took out of warehouses and did not put back in.
    private async Task<IEnumerable<Drift>> InTransitDriftAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Transfers.AsNoTracking().Where(t => t.Status == TransferStatuses.InTransit)
            .GroupBy(t => t.ProductId).Select(g => new { g.Key, Quantity = g.Sum(t => (long)t.Quantity) })
            .ToDictionaryAsync(x => x.Key, x => x.Quantity, cancellationToken);
        var fromLedger = await db.Movements.AsNoTracking().Where(m => MovementTypes.Transfers.Contains(m.Type))
            .GroupBy(m => m.ProductId).Select(g => new { g.Key, OnHand = g.Sum(m => (long)m.OnHandDelta) })
            .ToDictionaryAsync(x => x.Key, x => -x.OnHand, cancellationToken);
        return stored.Keys.Union(fromLedger.Keys)
            .Where(id => stored.GetValueOrDefault(id) != fromLedger.GetValueOrDefault(id))
            .Select(id => new Drift(id, null, "in_transit", stored.GetValueOrDefault(id), fromLedger.GetValueOrDefault(id), null));
    }

    private Task<Dictionary<int, long>> HeldAsync(string status, CancellationToken cancellationToken) =>
        db.Reservations.AsNoTracking().Where(r => r.Status == status).SelectMany(r => r.Lines)
            .GroupBy(l => l.StockItemId).Select(g => new { g.Key, Quantity = g.Sum(l => (long)l.Quantity) })
            .ToDictionaryAsync(x => x.Key, x => x.Quantity, cancellationToken);
}
