using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

// Stock figures as readers should see them: a hold past its expiry no longer counts as reserved, even before the
// sweeper has expired it. Only active warehouses count toward what is available.
internal sealed class StockFigures(InventoryDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProductAvailability>> ForProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(productIds, includeInactive: false, cancellationToken);
        return productIds.Distinct().Select(id => Summarize(id, rows.Where(r => r.ProductId == id).ToList())).ToList();
    }

    public async Task<List<StockRow>> RowsAsync(IReadOnlyCollection<int> productIds, bool includeInactive, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lapsed = await db.Reservations.AsNoTracking()
            .Where(r => r.Status == ReservationStatuses.Active && r.ExpiresAt <= now)
            .SelectMany(r => r.Lines)
            .Where(l => productIds.Contains(l.ProductId))
            .GroupBy(l => l.StockItemId)
            .Select(g => new { StockItemId = g.Key, Quantity = g.Sum(l => (long)l.Quantity) })
            .ToDictionaryAsync(x => x.StockItemId, x => x.Quantity, cancellationToken);
        var rows = await db.StockItems.AsNoTracking()
            .Where(s => productIds.Contains(s.ProductId))
            .Join(db.Warehouses.Where(w => includeInactive || w.IsActive), s => s.WarehouseId, w => w.Id,
                (s, w) => new { s.Id, s.ProductId, s.WarehouseId, w.Code, w.Priority, w.IsActive, s.OnHand, s.Reserved, s.Committed })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new StockRow(r.Id, r.ProductId, r.WarehouseId, r.Code, r.Priority, r.IsActive, r.OnHand,
                (int)Math.Max(0, r.Reserved - lapsed.GetValueOrDefault(r.Id)), r.Committed))
            .OrderBy(r => r.Priority).ThenBy(r => r.Warehouse, StringComparer.Ordinal)
            .ToList();
    }

    public static ProductAvailability Summarize(int productId, IReadOnlyList<StockRow> rows)
    {
        var active = rows.Where(r => r.IsActive).ToList();
        return new ProductAvailability(productId, active.Sum(r => (long)r.OnHand), active.Sum(r => (long)r.Reserved), active.Sum(r => (long)r.Committed),
            active.Sum(r => (long)r.Available), active.Select(r => new WarehouseAvailability(r.Warehouse, r.OnHand, r.Reserved, r.Committed, r.Available)).ToList());
    }
}
