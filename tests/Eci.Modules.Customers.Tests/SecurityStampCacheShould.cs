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

    [Fact]
    public async Task Read_at_most_a_few_stamps_at_once()
    {
        var cache = Cache();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var counting = new Lock();
        int running = 0, most = 0;
        async ValueTask<string?> LoadAsync(CancellationToken cancellationToken)
        {
            lock (counting)
            {
                most = Math.Max(most, ++running);
            }

            await release.Task.WaitAsync(cancellationToken);
            lock (counting)
            {
                running--;
            }

            return "a";
        }

        // A load that may start starts at once, before its call returns.
        var checks = Enumerable.Range(1, SecurityStampCache.MaxConcurrentLoads * 3)
            .Select(id => cache.MatchesAsync(id, "a", LoadAsync, TestContext.Current.CancellationToken).AsTask()).ToList();
        int started;
        lock (counting)
        {
            started = running;
        }

        Assert.Equal(SecurityStampCache.MaxConcurrentLoads, started);

        release.SetResult();

        Assert.All(await Task.WhenAll(checks), Assert.True);
        Assert.Equal(SecurityStampCache.MaxConcurrentLoads, most);
    }

    [Fact]
    public async Task Let_a_waiting_request_use_the_stamp_read_meanwhile()
    {
        var cache = Cache();
        var others = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var account = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accountLoads = 0;
        async ValueTask<string?> LoadOthersAsync(CancellationToken cancellationToken)
        {
            await others.Task.WaitAsync(cancellationToken);
            return "a";
        }

        async ValueTask<string?> LoadAccountAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref accountLoads);
            await account.Task.WaitAsync(cancellationToken);
            return "a";
        }

        // Every slot but one is taken by other accounts' loads, so the account's later requests wait behind its first.
        var busy = Enumerable.Range(100, SecurityStampCache.MaxConcurrentLoads - 1)
            .Select(id => cache.MatchesAsync(id, "a", LoadOthersAsync, TestContext.Current.CancellationToken).AsTask()).ToList();
        var sameAccount = Enumerable.Range(0, 5)
            .Select(_ => cache.MatchesAsync(7, "a", LoadAccountAsync, TestContext.Current.CancellationToken).AsTask()).ToList();
        account.SetResult();

        Assert.All(await Task.WhenAll(sameAccount), Assert.True);
        Assert.Equal(1, accountLoads);
        others.SetResult();
        Assert.All(await Task.WhenAll(busy), Assert.True);
    }
}
