using Eci.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Persistence;

// One row per client address: the window it counts and how many requests fell in it. One atomic upsert per request,
// so concurrent requests on any replica each get their own count; rows of windows long gone are deleted now and then.
internal sealed class SignInWindowCounter(CustomersDbContext db, TimeProvider clock) : ISharedWindowCounter
{
    private const string Table = CustomersDbContext.Schema + ".sign_in_windows";
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);
    private static long _nextSweepTicks;

    public async Task<int> IncrementAsync(string client, DateTime windowStart, CancellationToken cancellationToken)
    {
        await SweepAsync(windowStart, cancellationToken);
        var counts = await db.Database.SqlQueryRaw<int>(
            $"INSERT INTO {Table} AS w (client, window_start, count) VALUES ({{0}}, {{1}}, 1) " +
            "ON CONFLICT (client) DO UPDATE SET " +
            "count = CASE WHEN w.window_start = excluded.window_start THEN w.count + 1 ELSE 1 END, " +
            "window_start = GREATEST(w.window_start, excluded.window_start) " +
            "RETURNING count AS \"Value\"",
            client, windowStart).ToListAsync(cancellationToken);
        return counts[0];
    }

    private async Task SweepAsync(DateTime windowStart, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now < next || Interlocked.CompareExchange(ref _nextSweepTicks, now + SweepEvery.Ticks, next) != next)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table} WHERE window_start < {{0}}", [windowStart - SweepEvery], cancellationToken);
    }
}
