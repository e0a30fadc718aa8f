using System.Threading.RateLimiting;

namespace Eci.Host.Http;

/// <summary>The classes of work that have limits of their own, so that one cannot take the others' capacity.</summary>
internal enum WorkClass
{
    Reads,
    Writes,
    Checkout,
}

/// <summary>How many requests of one class run at once, and how many may wait for one of them to finish.</summary>
internal sealed record ClassLimit(int PermitLimit, int QueueLimit);

/// <summary>In-flight limits per class of work, with a queue bounded by count and time, newest waiter first (ADR 0028).</summary>
internal sealed class WorkClassLimiter : PartitionedRateLimiter<HttpContext>
{
    private static readonly RateLimiter Unlimited = RateLimitPartition.GetNoLimiter(0).Factory(0);
    private readonly Dictionary<WorkClass, ConcurrencyLimiter> _limiters;
    private readonly TimeSpan _queueTimeout;
    private readonly TimeSpan _retryAfter;

    public WorkClassLimiter(IReadOnlyDictionary<WorkClass, ClassLimit> limits, TimeSpan queueTimeout, TimeSpan retryAfter)
    {
        _limiters = limits.ToDictionary(l => l.Key, l => new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = l.Value.PermitLimit,
            QueueLimit = l.Value.QueueLimit,
            // With a full queue, the oldest waiter is the one refused: it has waited longest and is likeliest to be
            // given up on by its client already.
            QueueProcessingOrder = QueueProcessingOrder.NewestFirst,
        }));
        _queueTimeout = queueTimeout;
        _retryAfter = retryAfter;
    }

    public static WorkClass? Classify(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics"))
        {
            return null;
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return WorkClass.Reads;
        }

        // Placing, cancelling and paying for orders: the writes that hold stock, call the processor and touch most modules.
        return HttpMethods.IsPost(request.Method) && (path.StartsWithSegments("/v1/orders") || path.StartsWithSegments("/v1/payments"))
            ? WorkClass.Checkout
            : WorkClass.Writes;
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        Classify(resource.Request) is { } work ? _limiters[work].GetStatistics() : null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (Classify(resource.Request) is not { } work)
        {
            return Unlimited.AttemptAcquire(permitCount);
        }

        var lease = _limiters[work].AttemptAcquire(permitCount);
        return lease.IsAcquired ? lease : Shed(lease, work);
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (Classify(resource.Request) is not { } work)
        {
            return Unlimited.AttemptAcquire(permitCount);
        }

        var limiter = _limiters[work];
        var immediate = limiter.AttemptAcquire(permitCount);
        if (immediate.IsAcquired)
        {
            return immediate;
        }

        immediate.Dispose();
        using var waited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waited.CancelAfter(_queueTimeout);
        try
        {
            var lease = await limiter.AcquireAsync(permitCount, waited.Token);
            return lease.IsAcquired ? lease : Shed(lease, work);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ShedLease(work, _retryAfter);
        }
    }

    private ShedLease Shed(RateLimitLease refused, WorkClass work)
    {
        refused.Dispose();
        return new ShedLease(work, _retryAfter);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var limiter in _limiters.Values)
            {
                limiter.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}

/// <summary>A request refused because its class of work is at capacity; tells the client when to come back.</summary>
internal sealed class ShedLease(WorkClass work, TimeSpan retryAfter) : RateLimitLease
{
    public WorkClass Work { get; } = work;

    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
        return metadata is not null;
    }
}
