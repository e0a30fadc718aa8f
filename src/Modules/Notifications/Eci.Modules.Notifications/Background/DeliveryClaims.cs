using System.Globalization;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Background;

// Claims a batch of due notifications for one sender by moving their next attempt past a lease, committed before any
// is sent: other senders skip them meanwhile, and if this one dies they are due again when the lease runs out (at
// least once; ADR 0031).
internal static class DeliveryClaims
{
    public static async Task<List<Notification>> ClaimAsync(
        NotificationsDbContext db, DateTime now, DateTime until, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.RunsOnPostgres())
        {
            // One statement: lock the due rows no other sender holds, lease them, return them. ARRAY(...) runs the
            // locking subquery once. The rows come back in no particular order: the oldest are sent first.
            var table = db.TableOf<Notification>();
            var sql = string.Create(CultureInfo.InvariantCulture, $$"""
                UPDATE {{table}} SET next_attempt_at = {0}
                WHERE id = ANY(ARRAY(
                    SELECT id FROM {{table}} WHERE status = {1} AND next_attempt_at <= {2}
                    ORDER BY next_attempt_at, id LIMIT {{limit}} FOR UPDATE SKIP LOCKED))
                RETURNING *
                """);
            var claimed = await db.Notifications.FromSqlRaw(sql, until, NotificationStatus.Queued, now).ToListAsync(cancellationToken);
            return [.. claimed.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)];
        }

        // A plain read first on SQLite, where a transaction takes the write lock that an idle poll should not hold.
        if (db.Database.RunsOnSqlite() && !await Due(db.Notifications, now).AnyAsync(cancellationToken))
        {
            return [];
        }

        return await db.InTransactionAsync(
            async ct =>
            {
                var claimed = await db.ClaimAsync(
                    Due(db.Notifications, now).OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id),
                    $"status = {NotificationStatus.Queued} AND next_attempt_at <= {now}",
                    "next_attempt_at, id",
                    limit,
                    ct);
                claimed.ForEach(n => n.Claim(until));
                await db.SaveChangesAsync(ct);
                return claimed;
            },
            cancellationToken);
    }

    private static IQueryable<Notification> Due(IQueryable<Notification> notifications, DateTime now) =>
        notifications.Where(n => n.Status == NotificationStatus.Queued && n.NextAttemptAt <= now);
}
