using Polly.CircuitBreaker;

namespace Eci.Modules.Payments.Integrations;

/// <summary>The state of this host's circuit to the processor, for the <c>eci_payment_processor_circuit_state</c> gauge.</summary>
internal sealed class ProcessorCircuit : IDisposable
{
    public const int Closed = 0;
    public const int HalfOpen = 1;
    public const int Open = 2;

    public ProcessorCircuit() => PaymentsMetrics.Watch(this);

    public CircuitBreakerStateProvider StateProvider { get; } = new();

    public int State => StateProvider.CircuitState switch
    {
        CircuitState.Closed => Closed,
        CircuitState.HalfOpen => HalfOpen,
        _ => Open,
    };

    public void Dispose() => PaymentsMetrics.Unwatch(this);
}
