using System.Diagnostics.Metrics;

namespace Eci.Modules.Payments;

/// <summary>Counts payments as their events are published.</summary>
internal static class PaymentsMetrics
{
    public const string MeterName = "Eci.Payments";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Completed = Meter.CreateCounter<long>("payments_completed_total", description: "Payments that captured money.");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("payments_failed_total", description: "Payments that were declined or failed.");
    private static readonly Counter<long> Refunded = Meter.CreateCounter<long>("payments_refunded_total", description: "Refunds issued.");

    public static void PaymentSucceeded(string currency) => Completed.Add(1, new KeyValuePair<string, object?>("currency", currency));

    public static void PaymentFailed(string failureCode) => Failed.Add(1, new KeyValuePair<string, object?>("failure_code", failureCode));

    public static void PaymentRefunded(string currency) => Refunded.Add(1, new KeyValuePair<string, object?>("currency", currency));
}
