using System.Collections.Concurrent;
using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Integrations;

// A processor in test mode, deterministic by the payment token (see docs/api.md, "Simulated processor"). Like a real
// processor it remembers each idempotency key and answers a repeat, even one racing the first call, with the first
// outcome. Unlike one, it never forgets a key (docs/architecture.md, "The processor", says why that matters).
internal sealed class SimulatedPaymentGateway : IPaymentGateway
{
    public const string Success = "tok_success";
    public const string Declined = "tok_card_declined";
    public const string InsufficientFunds = "tok_insufficient_funds";
    public const string Timeout = "tok_timeout";
    public const string TimeoutOnce = "tok_timeout_once";

    private readonly ConcurrentDictionary<string, Lazy<GatewayOutcome>> _outcomes = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private long _captured;
    private volatile bool _down;

    // For tests that count money taken.
    public int SucceededCharges => (int)Interlocked.Read(ref _captured);

    public int CallsFor(string idempotencyKey) => _calls.GetValueOrDefault(idempotencyKey);

    /// <summary>For tests of an outage: while down, every call times out, whatever its token.</summary>
    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    public Task<GatewayOutcome> ChargeAsync(string idempotencyKey, Money amount, string method, string? token, CancellationToken cancellationToken)
    {
        var calls = _calls.AddOrUpdate(idempotencyKey, 1, (_, n) => n + 1);
        if (_down || token == Timeout || (token == TimeoutOnce && calls == 1))
        {
            throw new GatewayTimeoutException("The simulated processor did not answer.");
        }

        return Task.FromResult(_outcomes.GetOrAdd(idempotencyKey, _ => new Lazy<GatewayOutcome>(() => Decide(token))).Value);
    }

    public Task<GatewayOutcome> RefundAsync(string idempotencyKey, string chargeReference, Money amount, CancellationToken cancellationToken)
    {
        if (_down)
        {
            throw new GatewayTimeoutException("The simulated processor did not answer.");
        }

        return Task.FromResult(_outcomes.GetOrAdd(idempotencyKey, _ => new Lazy<GatewayOutcome>(() => GatewayOutcome.Success("re_" + Guid.NewGuid().ToString("N")[..16]))).Value);
    }

    private GatewayOutcome Decide(string? token)
    {
        switch (token)
        {
            case Declined:
                return GatewayOutcome.Failure("card_declined", "The card was declined.");
            case InsufficientFunds:
                return GatewayOutcome.Failure("insufficient_funds", "The account has insufficient funds.");
            default:
                Interlocked.Increment(ref _captured);
                return GatewayOutcome.Success("ch_" + Guid.NewGuid().ToString("N")[..16]);
        }
    }
}
