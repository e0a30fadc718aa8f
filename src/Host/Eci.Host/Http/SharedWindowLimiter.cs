using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;
using Eci.Shared.Auth;

namespace Eci.Host.Http;

/// <summary>
/// A fixed-window limit for one client whose count lives in the shared store (<see cref="ISharedWindowCounter"/>), so
/// every replica counts against the same budget (ADR 0040). It never answers synchronously: the middleware then asks
/// asynchronously, and that one atomic upsert decides.
/// </summary>
internal sealed class SharedWindowLimiter(IServiceScopeFactory scopes, TimeProvider clock, string client, int permits, TimeSpan window) : RateLimiter
{
    private static readonly RateLimitLease Granted = new WindowLease(acquired: true, null);

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? Granted : new WindowLease(acquired: false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return Granted;
        }

        var now = clock.GetUtcNow();
        var start = new DateTime(now.UtcTicks - (now.UtcTicks % window.Ticks), DateTimeKind.Utc);
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<ISharedWindowCounter>().IncrementAsync(client, start, cancellationToken);
        return count <= permits ? Granted : new WindowLease(acquired: false, start + window - now.UtcDateTime);
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, [NotNullWhen(true)] out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
