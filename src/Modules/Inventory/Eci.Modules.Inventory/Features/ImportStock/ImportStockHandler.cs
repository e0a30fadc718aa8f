using System.Globalization;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Csv;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.ImportStock;

// Each seed row becomes a received movement whose reference names the seed row, so a second run finds it and changes
// nothing. Warehouses named by the file are created, ordered by code for priority.
internal sealed class ImportStockHandler(InventoryDbContext db, StockLedger ledger, KnownProducts products, TimeProvider clock)
    : ICommandHandler<Contracts.ImportStock, ImportReport>
{
    private static readonly string[] Columns = ["inventory_id", "product_id", "warehouse", "on_hand", "reserved"];

    public async ValueTask<ImportReport> Handle(Contracts.ImportStock command, CancellationToken cancellationToken)
    {
        var rows = await CsvFile.ReadAsync(command.CsvPath, Columns, cancellationToken);
        var rejected = new List<ImportRejection>();
        var parsed = new List<(int Line, string Reference, int ProductId, string Warehouse, int OnHand)>();
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var reason = Parse(row, out var entry);
            if (reason is null && seen.TryGetValue($"{entry.ProductId}@{entry.Warehouse}", out var first))
            {
                reason = $"product {entry.ProductId} in {entry.Warehouse} appears again (first on line {first}).";
            }

            if (reason is not null)
            {
                rejected.Add(new ImportRejection(row.Line, reason));
                continue;
            }

            seen[$"{entry.ProductId}@{entry.Warehouse}"] = row.Line;
            parsed.Add(entry);
        }

        var known = await products.KnownAsync(parsed.Select(p => p.ProductId).Distinct().ToList(), cancellationToken);
        rejected.AddRange(parsed.Where(p => !known.Contains(p.ProductId)).Select(p => new ImportRejection(p.Line, $"product {p.ProductId} is not in the catalog.")));
        parsed = parsed.Where(p => known.Contains(p.ProductId)).ToList();

        var (inserted, unchanged) = await db.InTransactionAsync(async ct =>
        {
            var warehouses = await EnsureWarehousesAsync(parsed.Select(p => p.Warehouse).Distinct(), ct);
            var references = parsed.Select(p => p.Reference).ToList();
            var done = (await db.Movements.Where(m => m.Reference != null && references.Contains(m.Reference)).Select(m => m.Reference!).ToListAsync(ct)).ToHashSet();
            var added = 0;
            foreach (var entry in parsed.Where(p => !done.Contains(p.Reference)))
            {
                var warehouseId = warehouses[entry.Warehouse];
                var stockItemId = await ledger.EnsureStockItemAsync(entry.ProductId, warehouseId, ct);
                if (!await ledger.TryApplyAsync(stockItemId, entry.ProductId, warehouseId, MovementTypes.Received,
                        new StockDelta(entry.OnHand, entry.OnHand, 0, 0), ct, "seed import", entry.Reference))
                {
                    rejected.Add(new ImportRejection(entry.Line, $"on_hand {entry.OnHand} would take product {entry.ProductId} in {entry.Warehouse} above {StockLimits.MaxOnHand}."));
                    continue;
                }

                added++;
            }

            await db.SaveChangesAsync(ct);
            return (added, done.Count);
        }, cancellationToken);

        return new ImportReport(Path.GetFileName(command.CsvPath), inserted, 0, unchanged, rejected.OrderBy(r => r.Row).ToList());
    }

    private static string? Parse(CsvRow row, out (int Line, string Reference, int ProductId, string Warehouse, int OnHand) entry)
    {
        entry = default;
        if (!int.TryParse(row["inventory_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var inventoryId) || inventoryId <= 0)
        {
            return $"inventory_id '{row["inventory_id"]}' is not a positive integer.";
        }

        if (!int.TryParse(row["product_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var productId) || productId <= 0)
        {
            return $"product_id '{row["product_id"]}' is not a positive integer.";
        }

        var warehouse = Warehouse.Normalize(row["warehouse"]);
        if (warehouse.Length is 0 or > Warehouse.CodeMaxLength)
        {
            return $"warehouse '{row["warehouse"]}' is not a warehouse code.";
        }

        if (!int.TryParse(row["on_hand"], NumberStyles.None, CultureInfo.InvariantCulture, out var onHand))
        {
            return $"on_hand '{row["on_hand"]}' is not a non-negative integer.";
        }

        if (onHand > StockLimits.MaxPerRequest)
        {
            return $"on_hand {onHand} is more than one row may bring in ({StockLimits.MaxPerRequest}).";
        }

        if (row["reserved"] is { Length: > 0 } reserved && reserved != "0")
        {
            return $"reserved {reserved} has no reservation behind it; import it as on-hand stock and reserve through the API.";
        }

        entry = (row.Line, $"seed:inventory:{inventoryId}", productId, warehouse, onHand);
        return null;
    }

    private async Task<Dictionary<string, int>> EnsureWarehousesAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var existing = await db.Warehouses.ToDictionaryAsync(w => w.Code, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var code in codes.Where(c => !existing.ContainsKey(c)).Order(StringComparer.Ordinal))
        {
            var warehouse = Warehouse.Create(code, $"Warehouse {code}", 10 * (existing.Count + 1), now);
            db.Warehouses.Add(warehouse);
            existing[code] = warehouse;
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing.ToDictionary(w => w.Key, w => w.Value.Id);
    }
}
