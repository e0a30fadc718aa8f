namespace Eci.Modules.Inventory.Domain;

// Decides where a request's stock comes from: the whole request from the highest-priority warehouse that can serve all
// of it; failing that, each line whole from one warehouse where possible; failing that, the line split across
// warehouses by priority, then by most available. A requested warehouse is the only choice.
internal static class AllocationPlanner
{
    public static AllocationPlan Plan(IReadOnlyDictionary<int, int> quantities, IReadOnlyCollection<StockOption> options, string? requestedWarehouse)
    {
        var usable = options.Where(o => o.Available > 0 && (requestedWarehouse is null || o.WarehouseCode == requestedWarehouse)).ToList();
        var byProduct = quantities.Keys.ToDictionary(p => p, p => usable
            .Where(o => o.ProductId == p)
            .OrderBy(o => o.Priority).ThenByDescending(o => o.Available).ThenBy(o => o.WarehouseCode, StringComparer.Ordinal)
            .ToList());

        if (requestedWarehouse is null && WholeFromOneWarehouse(quantities, usable) is { } whole)
        {
            return new AllocationPlan(whole, []);
        }

        var rule = requestedWarehouse is null ? AllocationRules.LineWarehouse : AllocationRules.RequestedWarehouse;
        var pieces = new List<AllocationPiece>();
        var shortages = new List<Shortage>();
        foreach (var (productId, quantity) in quantities)
        {
            var candidates = byProduct[productId];
            if (candidates.FirstOrDefault(o => o.Available >= quantity) is { } single)
            {
                pieces.Add(Piece(single, quantity, rule));
                continue;
            }

            var total = candidates.Sum(o => (long)o.Available);
            if (total < quantity || requestedWarehouse is not null)
            {
                shortages.Add(new Shortage(productId, quantity, total));
                continue;
            }

            var remaining = quantity;
            foreach (var option in candidates.TakeWhile(_ => remaining > 0))
            {
                var take = Math.Min(option.Available, remaining);
                pieces.Add(Piece(option, take, AllocationRules.Split));
                remaining -= take;
            }
        }

        return new AllocationPlan(pieces, shortages);
    }

    private static List<AllocationPiece>? WholeFromOneWarehouse(IReadOnlyDictionary<int, int> quantities, List<StockOption> usable) =>
        usable.GroupBy(o => (o.WarehouseId, o.Priority, o.WarehouseCode))
            .OrderBy(g => g.Key.Priority).ThenBy(g => g.Key.WarehouseCode, StringComparer.Ordinal)
            .Select(g => quantities.Select(q => g.FirstOrDefault(o => o.ProductId == q.Key && o.Available >= q.Value) is { } o
                    ? Piece(o, q.Value, AllocationRules.SingleWarehouse)
                    : null).ToList())
            .FirstOrDefault(pieces => pieces.All(p => p is not null))?
            .Select(p => p!).ToList();

    private static AllocationPiece Piece(StockOption option, int quantity, string rule) =>
        new(option.StockItemId, option.ProductId, option.WarehouseId, option.WarehouseCode, quantity, rule);
}
