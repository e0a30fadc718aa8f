using System.Diagnostics.Metrics;
using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Payments;

/// <summary>Counts payments as their events are published.</summary>
internal sealed class PaymentsMetrics : INotificationHandler<PaymentSucceeded>, INotificationHandler<PaymentFailed>, INotificationHandler<PaymentRefunded>
{
    public const string MeterName = "Eci.Payments";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Completed = Meter.CreateCounter<long>("payments_completed_total", description: "Payments that captured money.");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("payments_failed_total", description: "Payments that were declined or failed.");
    private static readonly Counter<long> Refunded = Meter.CreateCounter<long>("payments_refunded_total", description: "Refunds issued.");

    public ValueTask Handle(PaymentSucceeded notification, CancellationToken cancellationToken)
    {
        Completed.Add(1, new KeyValuePair<string, object?>("currency", notification.Amount.Currency));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PaymentFailed notification, CancellationToken cancellationToken)
    {
        Failed.Add(1, new KeyValuePair<string, object?>("failure_code", notification.FailureCode));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PaymentRefunded notification, CancellationToken cancellationToken)
    {
        Refunded.Add(1, new KeyValuePair<string, object?>("currency", notification.Amount.Currency));
        return ValueTask.CompletedTask;
    }
}
