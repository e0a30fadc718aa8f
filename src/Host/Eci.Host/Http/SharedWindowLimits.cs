using System.Threading.RateLimiting;
using Eci.Shared.Auth;

namespace Eci.Host.Http;

/// <summary>Makes the per-client limiters that count in the shared store, when a module registered one.</summary>
internal sealed class SharedWindowLimits(IServiceScopeFactory scopes, TimeProvider clock, IServiceProviderIsService registered)
{
    public bool Available { get; } = registered.IsService(typeof(ISharedWindowCounter));

    public RateLimiter Create(string client, int permits, TimeSpan window) => new SharedWindowLimiter(scopes, clock, client, permits, window);
}
