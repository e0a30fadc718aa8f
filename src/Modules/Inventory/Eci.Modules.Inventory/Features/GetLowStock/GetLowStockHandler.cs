using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Features.GetLowStock;

// Thresholds are few (one per product that has its own), so they are read whole; the stock is summed in the database
// and only products at or below the highest threshold come back.
internal sealed class GetLowStockHandler(InventoryDbContext db, IOptions<InventoryOptions> options) : IQueryHandler<Contracts.GetLowStock, LowStockReport>
{
    public async ValueTask<LowStockReport> Handle(Contracts.GetLowStock query, CancellationToken cancellationToken)
    {
        var fallback = options.Value.LowStockThreshold;
        var own = await db.Thresholds.AsNoTracking().ToDictionaryAsync(t => t.ProductId, t => t.Threshold, cancellationToken);
        var ceiling = own.Count == 0 ? fallback : Math.Max(fallback, own.Values.Max());
        var totals = await db.StockItems.AsNoTracking()
            .GroupBy(s => s.ProductId)
            .Select(g => new { ProductId = g.Key, Available = g.Sum(s => (long)s.OnHand - s.Reserved - s.Committed) })
            .Where(t => t.Available <= ceiling)
            .ToListAsync(cancellationToken);
        var low = totals
            .Select(t => new LowStockProduct(t.ProductId, Math.Max(0, t.Available), own.GetValueOrDefault(t.ProductId, fallback)))
            .Where(p => p.Available <= p.Threshold)
            .OrderBy(p => p.Available).ThenBy(p => p.ProductId)
            .ToList();
        return new LowStockReport(low.Count, low.Take(query.Max).ToList());
    }
}
