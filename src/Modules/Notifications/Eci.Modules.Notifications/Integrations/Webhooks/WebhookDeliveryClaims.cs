using System.Globalization;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Integrations.Webhooks;

// Claims one webhook's due deliveries by moving their next attempt past a lease, committed before any is sent: other
// replicas skip them meanwhile, and if this one dies mid-delivery they are due again, with the same webhook-id, when
// the lease runs out.
internal static class WebhookDeliveryClaims
{
    public static async Task<List<WebhookDelivery>> ClaimAsync(
        NotificationsDbContext db, Guid webhookId, DateTime now, DateTime until, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.RunsOnPostgres())
        {
            var table = db.TableOf<WebhookDelivery>();
            var sql = string.Create(CultureInfo.InvariantCulture, $$"""
                UPDATE {{table}} SET next_attempt_at = {0}
                WHERE id = ANY(ARRAY(
                    SELECT id FROM {{table}} WHERE webhook_id = {1} AND status = {2} AND next_attempt_at <= {3}
                    ORDER BY created_at, id LIMIT {{limit}} FOR UPDATE SKIP LOCKED))
                RETURNING *
                """);
            var claimed = await db.WebhookDeliveries.FromSqlRaw(sql, until, webhookId, WebhookDeliveryStatus.Pending, now).ToListAsync(cancellationToken);
            return [.. claimed.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)];
        }

        return await db.InTransactionAsync(async ct =>
        {
            var claimed = await db.WebhookDeliveries
                .Where(d => d.WebhookId == webhookId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Take(limit).ToListAsync(ct);
            claimed.ForEach(d => d.Claim(until));
            await db.SaveChangesAsync(ct);
            return claimed;
        }, cancellationToken);
    }

    /// <summary>The webhooks that have a delivery due now.</summary>
    public static Task<List<Guid>> DueWebhooksAsync(NotificationsDbContext db, DateTime now, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .Select(d => d.WebhookId).Distinct().ToListAsync(cancellationToken);
}
