using System.Diagnostics.Metrics;
using Eci.Shared.Contracts;

namespace Eci.Modules.Orders;

/// <summary>Order counters and the order value histogram, fed by the orders' own events.</summary>
internal static class OrdersMetrics
{
    public const string MeterName = "Eci.Orders";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Placed = Meter.CreateCounter<long>("orders_placed_total", description: "Orders placed.");
    private static readonly Counter<long> Paid = Meter.CreateCounter<long>("orders_paid_total", description: "Orders paid.");
    private static readonly Counter<long> Cancelled = Meter.CreateCounter<long>("orders_cancelled_total", description: "Orders cancelled, by reason.");
    private static readonly Counter<long> Completed = Meter.CreateCounter<long>("orders_completed_total", description: "Orders delivered.");
    private static readonly Counter<long> Returns = Meter.CreateCounter<long>("order_returns_total", description: "Returns, by what became of them (requested, received, rejected).");
    private static readonly Counter<long> Returned = Meter.CreateCounter<long>("orders_returned_total", description: "Orders whose every unit came back.");
    private static readonly Histogram<double> Value = Meter.CreateHistogram<double>("order_value", description: "Value of paid orders in major units of their currency.");
    private static readonly Histogram<double> Checkout = Meter.CreateHistogram<double>(
        "checkout_duration", unit: "s", description: "Time to place an order and run its workflow to where it waits for the shipment, by outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public static void CheckoutFinished(string status, TimeSpan elapsed) =>
        Checkout.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("status", status));

    public static void OrderPlaced() => Placed.Add(1);

    public static void OrderPaid(Money total)
    {
        Paid.Add(1);
        Value.Record((double)total.ToDecimal(), new KeyValuePair<string, object?>("currency", total.Currency));
    }

    public static void OrderCancelled(string reason) => Cancelled.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public static void OrderCompleted() => Completed.Add(1);

    public static void Return(string status) => Returns.Add(1, new KeyValuePair<string, object?>("status", status));

    public static void OrderReturned() => Returned.Add(1);
}
