using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Shared.Persistence;
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

    public async Task<List<StockRow>> RowsAsync(IReadOnlyCollection<int> productIds, bool includeInactive, CancellationToken cancellationToken) =>
        (await ReadAsync(productIds, includeInactive, cancellationToken)).Rows;

    // The products' rows with what a hold decides on, in one read: the quantities of lapsed holds (not yet expired by
    // anyone) and the products' own low-stock thresholds.
    public async Task<StockSnapshot> ReadAsync(IReadOnlyCollection<int> productIds, bool includeInactive, CancellationToken cancellationToken)
    {
        var rows = await Figures.For(db)(db, [.. productIds], includeInactive, clock.GetUtcNow().UtcDateTime).ToListAsync(cancellationToken);

        return new StockSnapshot(
            rows.Select(r => new StockRow(r.Id, r.ProductId, r.WarehouseId, r.Code, r.Priority, r.IsActive, r.OnHand, (int)Math.Max(0, r.Reserved - r.Lapsed), r.Committed))
                .OrderBy(r => r.Priority).ThenBy(r => r.Warehouse, StringComparer.Ordinal)
                .ToList(),
            rows.Any(r => r.Lapsed > 0),
            rows.Where(r => r.Threshold is not null).DistinctBy(r => r.ProductId).ToDictionary(r => r.ProductId, r => r.Threshold!.Value));
    }

    public static ProductAvailability Summarize(int productId, IReadOnlyList<StockRow> rows)
    {
        var active = rows.Where(r => r.IsActive).ToList();
        return new ProductAvailability(productId, active.Sum(r => (long)r.OnHand), active.Sum(r => (long)r.Reserved), active.Sum(r => (long)r.Committed),
            active.Sum(r => (long)r.Available), active.Select(r => new WarehouseAvailability(r.Warehouse, r.OnHand, r.Reserved, r.Committed, r.Available)).ToList());
    }

    // Compiled: a hold reads its products' figures on every checkout, and building this query's expression tree and
    // looking it up in EF's cache cost more than running it.
    private static readonly CompiledPerModel<Func<InventoryDbContext, int[], bool, DateTime, IAsyncEnumerable<FigureRow>>> Figures = new(() =>
        EF.CompileAsyncQuery((InventoryDbContext db, int[] productIds, bool includeInactive, DateTime now) => db.StockItems.AsNoTracking()
            .Where(s => productIds.Contains(s.ProductId))
            .Join(db.Warehouses.Where(w => includeInactive || w.IsActive), s => s.WarehouseId, w => w.Id, (s, w) => new FigureRow(
                s.Id,
                s.ProductId,
                s.WarehouseId,
                w.Code,
                w.Priority,
                w.IsActive,
                s.OnHand,
                s.Reserved,
                s.Committed,
                db.Reservations
                    .Where(r => r.Status == ReservationStatuses.Active && r.ExpiresAt <= now)
                    .SelectMany(r => r.Lines)
                    .Where(l => l.ProductId == s.ProductId && l.StockItemId == s.Id)
                    .Sum(l => (long?)l.Quantity) ?? 0,
                db.Thresholds.Where(t => t.ProductId == s.ProductId).Select(t => (int?)t.Threshold).FirstOrDefault()))));

    private sealed record FigureRow(
        int Id, int ProductId, int WarehouseId, string Code, int Priority, bool IsActive, int OnHand, int Reserved, int Committed, long Lapsed, int? Threshold);
}
