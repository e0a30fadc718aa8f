namespace Eci.Modules.Orders.Domain;

/// <summary>An order's money in minor units: subtotal, tax (rounded half up), a flat shipping fee, and the total.</summary>
internal sealed record OrderTotals(string Currency, long Subtotal, long Tax, long Shipping)
{
    public long Total => Subtotal + Tax + Shipping;

    // Tax rounds half up to the minor unit: 5 % of 3826.70 is 191.335, which is 191.34.
    public static OrderTotals Compute(string currency, IEnumerable<OrderLine> lines, decimal taxPercent, long shippingMinor)
    {
        var subtotal = lines.Sum(l => l.LineTotalMinor);
        var tax = (long)Math.Round(subtotal * taxPercent / 100m, MidpointRounding.AwayFromZero);
        return new OrderTotals(currency, subtotal, tax, shippingMinor);
    }
}
