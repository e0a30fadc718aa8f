using System.Globalization;
using Eci.Modules.Orders.Domain;
using Eci.Shared.Contracts;

namespace Eci.Modules.Orders.Features.GetOrderTimeline;

/// <summary>What the order itself tells of its timeline: how it was placed and, when it was, why it was cancelled.</summary>
internal static class OrderHistory
{
    private const string Module = "orders";

    public static IEnumerable<OrderHistoryEntry> Of(Order order, bool includeInternal, string? idempotencyKey)
    {
        var placed = new Dictionary<string, object?>
        {
            ["lines"] = order.Lines.Select(l => new Dictionary<string, object?>
            {
                ["product_id"] = l.ProductId,
                ["sku"] = l.Sku,
                ["name"] = l.Name,
                ["quantity"] = l.Quantity,
                ["unit_price"] = Decimal(l.UnitPriceMinor, order.Currency),
                ["line_total"] = Decimal(l.LineTotalMinor, order.Currency),
            }).ToList(),
            ["currency"] = order.Currency,
            ["subtotal"] = Decimal(order.SubtotalMinor, order.Currency),
            ["tax"] = Decimal(order.TaxMinor, order.Currency),
            ["shipping"] = Decimal(order.ShippingMinor, order.Currency),
            ["total"] = Decimal(order.TotalMinor, order.Currency),
            ["payment_method"] = order.PaymentMethod,
        };
        if (includeInternal)
        {
            placed["payment_token"] = order.PaymentToken;
            placed["lease_until"] = order.LeaseUntil;
            placed["version"] = order.Version;
            placed["idempotency_key"] = idempotencyKey;
        }

        var units = order.Lines.Sum(l => l.Quantity);
        yield return new OrderHistoryEntry(order.CreatedAt, Module, "order.placed",
            $"Order placed: {units} {(units == 1 ? "item" : "items")} in {order.Lines.Count} {(order.Lines.Count == 1 ? "line" : "lines")}, {Text(order.TotalMinor, order.Currency)} in total.",
            placed);

        // The order keeps when it last changed, not a log of its states: the cancel is the last change of a cancelled order.
        if (order.Status is OrderStatus.Cancelling or OrderStatus.Cancelled)
        {
            yield return new OrderHistoryEntry(order.UpdatedAt, Module, order.Status == OrderStatus.Cancelled ? "order.cancelled" : "order.cancelling",
                $"Order {(order.Status == OrderStatus.Cancelled ? "cancelled" : "being cancelled")}: {order.CancellationReason?.Replace('_', ' ')}.",
                new Dictionary<string, object?> { ["status"] = order.Status, ["reason"] = order.CancellationReason });
        }
    }

    private static decimal Decimal(long minor, string currency) => new Money(minor, currency).ToDecimal();

    private static string Text(long minor, string currency) => $"{Decimal(minor, currency).ToString(CultureInfo.InvariantCulture)} {currency}";
}
