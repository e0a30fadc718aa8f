using System.Collections.Concurrent;
using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Integrations;

// A processor in test mode, deterministic by the payment token (see docs/payments.md). Like a real processor it
// remembers each idempotency key for a day and answers a repeat, even one racing the first call, with the first
// outcome; then it forgets the key, so a host that runs for weeks does not keep every key it was ever sent.
internal sealed class SimulatedPaymentGateway(TimeProvider clock) : IPaymentGateway
{
    public const string Success = "tok_success";
    public const string Declined = "tok_card_declined";
    public const string InsufficientFunds = "tok_insufficient_funds";
    public const string Timeout = "tok_timeout";
    public const string TimeoutOnce = "tok_timeout_once";

    /// <summary>How long a key is remembered from its first call: a day, as ECI keeps its own keys.</summary>
    public static readonly TimeSpan KeyRetention = TimeSpan.FromHours(24);

    // Expired keys are looked for at most this often, so the sweep's walk over every key is rare.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, RememberedKey> _keys = new();
    private long _captured;
    private long _nextSweepTicks;
    private volatile bool _down;

    // For tests that count money taken.
    public int SucceededCharges => (int)Interlocked.Read(ref _captured);

    // For tests of how much the processor remembers.
    public int RememberedKeys => _keys.Count;

    public int CallsFor(string idempotencyKey) => _keys.TryGetValue(idempotencyKey, out var key) ? key.Calls : 0;

    /// <summary>For tests of an outage: while down, every call times out, whatever its token.</summary>
    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    public Task<GatewayOutcome> ChargeAsync(string idempotencyKey, Money amount, string method, string? token, CancellationToken cancellationToken)
    {
        var key = Remember(idempotencyKey);
        var calls = Interlocked.Increment(ref key.Calls);
        if (_down || token == Timeout || (token == TimeoutOnce && calls == 1))
        {
            throw new GatewayTimeoutException("The simulated processor did not answer.");
        }

        return Task.FromResult(key.OutcomeOr(() => Decide(token)));
    }

    public Task<GatewayOutcome> RefundAsync(string idempotencyKey, string chargeReference, Money amount, CancellationToken cancellationToken)
    {
        if (_down)
        {
            throw new GatewayTimeoutException("The simulated processor did not answer.");
        }

        return Task.FromResult(Remember(idempotencyKey).OutcomeOr(() => GatewayOutcome.Success("re_" + Guid.NewGuid().ToString("N")[..16])));
    }

    private RememberedKey Remember(string idempotencyKey)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        ForgetExpired(now);
        return _keys.GetOrAdd(idempotencyKey, static (_, at) => new RememberedKey(at), now);
    }

    private void ForgetExpired(DateTime now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.Ticks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.Ticks + SweepInterval.Ticks, due) != due)
        {
            return;
        }

        foreach (var entry in _keys)
        {
            if (entry.Value.FirstSeen <= now - KeyRetention)
            {
                _keys.TryRemove(entry);
            }
        }
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

    private sealed class RememberedKey(DateTime firstSeen)
    {
        private readonly Lock _deciding = new();
        private GatewayOutcome? _outcome;

        public int Calls;

        public DateTime FirstSeen { get; } = firstSeen;

        // The first call that gets this far decides; a racing repeat waits for that decision and gets it.
        public GatewayOutcome OutcomeOr(Func<GatewayOutcome> decide)
        {
            lock (_deciding)
            {
                return _outcome ??= decide();
            }
        }
    }
}
