using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Eci.Shared.Auth;

/// <summary>
/// The security stamps this replica read recently, so that a token is checked against its account at most once per
/// <see cref="JwtSettings.SecurityStampCacheSeconds"/>. The replica that changes an account evicts it at once; other
/// replicas see the change when their entry runs out (ADR 0029).
/// </summary>
public sealed class SecurityStampCache(TimeProvider clock, IOptions<JwtSettings> settings)
{
    /// <summary>The claim that carries the account's stamp in every access token.</summary>
    public const string Claim = "stamp";

    /// <summary>
    /// The most stamps read at once. A burst of first requests (a sale opening, every token after a deploy) would otherwise
    /// have each request hold a database context while it queues for one of the Customers module's few connections.
    /// </summary>
    public const int MaxConcurrentLoads = 8;

    private const int SweepAbove = 50_000;

    private readonly ConcurrentDictionary<int, Entry> _entries = new();
    private readonly SemaphoreSlim _loads = new(MaxConcurrentLoads);
    private long _evictions;

    /// <summary>Read before loading a stamp and hand it to <see cref="Remember"/>, so a load that raced an eviction is not kept.</summary>
    public long Generation => Interlocked.Read(ref _evictions);

    public bool TryGet(int customerId, out string? stamp)
    {
        stamp = null;
        if (!_entries.TryGetValue(customerId, out var entry) || entry.Until <= clock.GetUtcNow())
        {
            return false;
        }

        stamp = entry.Stamp;
        return true;
    }

    /// <summary>Keeps a stamp loaded since <paramref name="generation"/>, unless an eviction came in between.</summary>
    public void Remember(int customerId, string stamp, long generation)
    {
        var window = TimeSpan.FromSeconds(settings.Value.SecurityStampCacheSeconds);
        if (window <= TimeSpan.Zero || Generation != generation)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (_entries.Count >= SweepAbove)
        {
            foreach (var stale in _entries.Where(e => e.Value.Until <= now))
            {
                _entries.TryRemove(stale);
            }
        }

        var entry = new Entry(stamp, now + window);
        _entries[customerId] = entry;
        // An eviction between the check above and this write must still win.
        if (Generation != generation)
        {
            _entries.TryRemove(new KeyValuePair<int, Entry>(customerId, entry));
        }
    }

    /// <summary>
    /// Whether <paramref name="stamp"/> is the account's current one, read through this cache; <paramref name="load"/>
    /// reads it from the account's module (null when the account is gone). Compared in constant time.
    /// </summary>
    public async ValueTask<bool> MatchesAsync(int customerId, string stamp, Func<CancellationToken, ValueTask<string?>> load, CancellationToken cancellationToken)
    {
        if (!TryGet(customerId, out var current))
        {
            current = await LoadAsync(customerId, load, cancellationToken);
        }

        return current is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(stamp));
    }

    // A request that waited for its turn may find the stamp another request for the same account has just read.
    private async ValueTask<string?> LoadAsync(int customerId, Func<CancellationToken, ValueTask<string?>> load, CancellationToken cancellationToken)
    {
        await _loads.WaitAsync(cancellationToken);
        try
        {
            if (TryGet(customerId, out var loaded))
            {
                return loaded;
            }

            var generation = Generation;
            var current = await load(cancellationToken);
            if (current is not null)
            {
                Remember(customerId, current, generation);
            }

            return current;
        }
        finally
        {
            _loads.Release();
        }
    }

    /// <summary>The account's credentials changed: the next token of it is checked against the database.</summary>
    public void Evict(int customerId)
    {
        Interlocked.Increment(ref _evictions);
        _entries.TryRemove(customerId, out _);
    }

    private sealed record Entry(string Stamp, DateTimeOffset Until);
}
