using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>Raises <see cref="LowStockDetected"/> (through the outbox) when a change takes a product below its threshold.</summary>
internal sealed class LowStockMonitor(InventoryDbContext db, StockFigures figures, TimeProvider clock, IOptions<InventoryOptions> options)
{
    public async Task<IReadOnlyDictionary<int, long>> AvailableAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken) =>
        Available(productIds, await figures.RowsAsync(productIds, includeInactive: false, cancellationToken));

    // Active warehouses only.
    public static IReadOnlyDictionary<int, long> Available(IReadOnlyCollection<int> productIds, IReadOnlyList<StockRow> rows) =>
        productIds.Distinct().ToDictionary(id => id, id => StockFigures.Summarize(id, rows.Where(r => r.ProductId == id).ToList()).Available);

    // For one product's change, made already in this transaction, of availableDelta units (0 in an inactive warehouse).
    // The figure after it is read after the change's guarded update took the stock row's lock, and the figure before is
    // derived from it: of two changes to the same row at once, only the one that crosses the threshold raises the event.
    // Call before the change's SaveChanges.
    public async Task CheckChangeAsync(int productId, long availableDelta, CancellationToken cancellationToken)
    {
        var after = await AvailableAsync([productId], cancellationToken);
        await CheckAsync(new Dictionary<int, long> { [productId] = after[productId] - availableDelta }, after, cancellationToken);
    }

    // For a caller that already knows the figures after its change (a hold takes exactly what it held): no second read.
    public async Task CheckAsync(IReadOnlyDictionary<int, long> before, IReadOnlyDictionary<int, long> after, CancellationToken cancellationToken)
    {
        var ids = before.Keys.ToList();
        var own = await db.Thresholds.AsNoTracking().Where(t => ids.Contains(t.ProductId)).ToDictionaryAsync(t => t.ProductId, t => t.Threshold, cancellationToken);
        Check(before, after, own);
    }

    // For a caller that has read the products' own thresholds too (StockFigures.ReadAsync).
    public void Check(IReadOnlyDictionary<int, long> before, IReadOnlyDictionary<int, long> after, IReadOnlyDictionary<int, int> own)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (productId, was) in before)
        {
            var threshold = own.GetValueOrDefault(productId, options.Value.LowStockThreshold);
            var available = after.GetValueOrDefault(productId);
            if (was >= threshold && available < threshold)
            {
                // Below an int threshold, so it fits the event's int.
                db.Enqueue(new LowStockDetected(productId, (int)available, threshold, now), now);
            }
        }
    }
}
