using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Stock;

/// <summary>Raises <see cref="LowStockDetected"/> (through the outbox) when a change takes a product below its threshold.</summary>
internal sealed class LowStockMonitor(InventoryDbContext db, StockFigures figures, TimeProvider clock, IOptions<InventoryOptions> options)
{
    public async Task<IReadOnlyDictionary<int, int>> AvailableAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken) =>
        (await figures.ForProductsAsync(productIds, cancellationToken)).ToDictionary(a => a.ProductId, a => a.Available);

    /// <summary>Compares the figures after a change with those before it; call before the change's SaveChanges.</summary>
    public async Task CheckAsync(IReadOnlyDictionary<int, int> before, CancellationToken cancellationToken)
    {
        var ids = before.Keys.ToList();
        var after = await AvailableAsync(ids, cancellationToken);
        var own = await db.Thresholds.AsNoTracking().Where(t => ids.Contains(t.ProductId)).ToDictionaryAsync(t => t.ProductId, t => t.Threshold, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (productId, was) in before)
        {
            var threshold = own.GetValueOrDefault(productId, options.Value.LowStockThreshold);
            var available = after.GetValueOrDefault(productId);
            if (was >= threshold && available < threshold)
            {
                db.Enqueue(new LowStockDetected(productId, available, threshold, now), now);
            }
        }
    }
}
