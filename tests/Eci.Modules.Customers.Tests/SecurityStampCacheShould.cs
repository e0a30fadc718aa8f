using Eci.Shared.Auth;
using Eci.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.Modules.Customers.Tests;

public sealed class SecurityStampCacheShould
{
    private readonly ShiftedClock _clock = new();

    private SecurityStampCache Cache(int seconds = 30) => new(_clock, Options.Create(new JwtSettings { SecurityStampCacheSeconds = seconds }));

    [Fact]
    public void Serve_a_stamp_for_its_window_only()
    {
        var cache = Cache();
        cache.Remember(7, "a", cache.Generation);

        Assert.True(cache.TryGet(7, out var stamp));
        Assert.Equal("a", stamp);
        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.False(cache.TryGet(7, out _));
    }

    [Fact]
    public void Forget_an_evicted_account_at_once()
    {
        var cache = Cache();
        cache.Remember(7, "a", cache.Generation);

        cache.Evict(7);

        Assert.False(cache.TryGet(7, out _));
    }

    [Fact]
    public void Not_keep_a_stamp_read_before_an_eviction()
    {
        var cache = Cache();
        var before = cache.Generation;

        cache.Evict(7);
        cache.Remember(7, "read-before-the-change", before);

        Assert.False(cache.TryGet(7, out _));
    }

    [Fact]
    public void Keep_nothing_when_the_window_is_zero()
    {
        var cache = Cache(seconds: 0);
        cache.Remember(7, "a", cache.Generation);

        Assert.False(cache.TryGet(7, out _));
    }
}
