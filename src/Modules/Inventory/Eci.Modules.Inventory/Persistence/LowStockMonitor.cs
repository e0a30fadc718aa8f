using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Outbox;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>Raises <see cref="LowStockDetected"/> (through the outbox) when a change takes a product below its threshold.</summary>
internal sealed class LowStockMonitor(InventoryDbContext db, StockFigures figures, TimeProvider clock, IOptions<InventoryOptions> options)
{
    // For one product's change, made already in this transaction, of availableDelta units (0 in an inactive warehouse).
    // The figure after it is read after the change's guarded update took the stock row's lock, with the product's own
    // threshold in the same read, and the figure before is derived from it: of two changes to the same row at once,
    // only the one that crosses the threshold raises the event. Call before the change's SaveChanges.
    public async Task CheckChangeAsync(int productId, long availableDelta, CancellationToken cancellationToken)
    {
        var snapshot = await figures.ReadAsync([productId], includeInactive: false, cancellationToken);
        var after = StockFigures.Summarize(productId, snapshot.Rows).Available;
        Check(new Dictionary<int, long> { [productId] = after - availableDelta }, new Dictionary<int, long> { [productId] = after }, snapshot.Thresholds);
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
