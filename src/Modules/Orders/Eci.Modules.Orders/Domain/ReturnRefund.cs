namespace Eci.Modules.Orders.Domain;

// What units coming back refund: their price as sold, their share of the tax, and the shipping fee once the last unit
// of the order is back. A tax share is the difference of the running share before and after, each rounded half up, so
// that all returns of an order together give back exactly its tax.
internal static class ReturnRefund
{
    /// <summary>Units of each product delivered with the order.</summary>
    public static Dictionary<int, int> Delivered(Order order) =>
        order.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));

    public static bool IsWhole(Order order, IReadOnlyDictionary<int, int> back) =>
        Delivered(order).All(d => back.GetValueOrDefault(d.Key) >= d.Value);

    /// <summary>The refund for <paramref name="coming"/> units when <paramref name="before"/> units are back already.</summary>
    public static long Compute(Order order, IReadOnlyDictionary<int, int> before, IReadOnlyDictionary<int, int> coming)
    {
        var after = Add(before, coming);
        var shipping = IsWhole(order, after) && !IsWhole(order, before) ? order.ShippingMinor : 0;
        return Goods(order, after) - Goods(order, before) + Tax(order, after) - Tax(order, before) + shipping;
    }

    public static Dictionary<int, int> Add(IReadOnlyDictionary<int, int> a, IReadOnlyDictionary<int, int> b) =>
        a.Keys.Union(b.Keys).ToDictionary(k => k, k => a.GetValueOrDefault(k) + b.GetValueOrDefault(k));

    public static Dictionary<int, int> Sum<T>(IEnumerable<T> lines, Func<T, int> product, Func<T, int> quantity) =>
        lines.GroupBy(product).ToDictionary(g => g.Key, g => g.Sum(quantity));

    private static long Goods(Order order, IReadOnlyDictionary<int, int> back)
    {
        long total = 0;
        foreach (var product in order.Lines.GroupBy(l => l.ProductId))
        {
            var left = back.GetValueOrDefault(product.Key);
            foreach (var line in product)
            {
                var units = Math.Min(left, line.Quantity);
                total += line.UnitPriceMinor * units;
                left -= units;
            }
        }

        return total;
    }

    private static long Tax(Order order, IReadOnlyDictionary<int, int> back) =>
        order.SubtotalMinor == 0 ? 0 : (long)Math.Round((decimal)order.TaxMinor * Goods(order, back) / order.SubtotalMinor, MidpointRounding.AwayFromZero);
}
