using System.Diagnostics.Metrics;
using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders;

/// <summary>Order counters and the order value histogram, fed by the orders' own events.</summary>
internal sealed class OrdersMetrics : INotificationHandler<OrderPlaced>, INotificationHandler<OrderPaid>, INotificationHandler<OrderCancelled>, INotificationHandler<OrderCompleted>
{
    public const string MeterName = "Eci.Orders";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Placed = Meter.CreateCounter<long>("orders_placed_total", description: "Orders placed.");
    private static readonly Counter<long> Paid = Meter.CreateCounter<long>("orders_paid_total", description: "Orders paid.");
    private static readonly Counter<long> Cancelled = Meter.CreateCounter<long>("orders_cancelled_total", description: "Orders cancelled, by reason.");
    private static readonly Counter<long> Completed = Meter.CreateCounter<long>("orders_completed_total", description: "Orders delivered.");
    private static readonly Histogram<double> Value = Meter.CreateHistogram<double>("order_value", description: "Value of paid orders in major units of their currency.");
    private static readonly Histogram<double> Checkout = Meter.CreateHistogram<double>(
        "checkout_duration", unit: "s", description: "Time to place an order and run its workflow to where it waits for the shipment, by outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public static void CheckoutFinished(string status, TimeSpan elapsed) =>
        Checkout.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("status", status));

    public ValueTask Handle(OrderPlaced notification, CancellationToken cancellationToken)
    {
        Placed.Add(1);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(OrderPaid notification, CancellationToken cancellationToken)
    {
        Paid.Add(1);
        Value.Record((double)notification.Total.ToDecimal(), new KeyValuePair<string, object?>("currency", notification.Total.Currency));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(OrderCancelled notification, CancellationToken cancellationToken)
    {
        Cancelled.Add(1, new KeyValuePair<string, object?>("reason", notification.Reason));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(OrderCompleted notification, CancellationToken cancellationToken)
    {
        Completed.Add(1);
        return ValueTask.CompletedTask;
    }
}
