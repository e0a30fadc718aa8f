using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Eci.Modules.Payments.Integrations;

namespace Eci.Modules.Payments;

/// <summary>Counts payments as their events are published, and shows the processor circuit's state.</summary>
internal static class PaymentsMetrics
{
    public const string MeterName = "Eci.Payments";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Completed = Meter.CreateCounter<long>("payments_completed_total", description: "Payments that captured money.");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("payments_failed_total", description: "Payments that were declined or failed.");
    private static readonly Counter<long> Refunded = Meter.CreateCounter<long>("payments_refunded_total", description: "Refunds issued.");

    // One gauge for the process (one host in production). With several hosts in one process (tests), it shows the
    // worst of their circuits: a gauge per host would be a duplicate instrument the exporter folds into the first.
    private static readonly ConcurrentDictionary<ProcessorCircuit, byte> Circuits = new();
    private static readonly ObservableGauge<int> CircuitState = Meter.CreateObservableGauge(
        "eci_payment_processor_circuit_state",
        ObserveCircuits,
        description: "The circuit to the payment processor: 0 closed, 1 half-open, 2 open.");

    public static void PaymentSucceeded(string currency) => Completed.Add(1, new KeyValuePair<string, object?>("currency", currency));

    public static void PaymentFailed(string failureCode) => Failed.Add(1, new KeyValuePair<string, object?>("failure_code", failureCode));

    public static void PaymentRefunded(string currency) => Refunded.Add(1, new KeyValuePair<string, object?>("currency", currency));

    private static IEnumerable<Measurement<int>> ObserveCircuits() =>
        Circuits.IsEmpty ? [] : [new Measurement<int>(Circuits.Keys.Max(c => c.State))];

    public static void Watch(ProcessorCircuit circuit) => Circuits[circuit] = 0;

    public static void Unwatch(ProcessorCircuit circuit) => Circuits.TryRemove(circuit, out _);
}
