using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Integrations.Webhooks;

// Turns the feed's events after each webhook's cursor into deliveries, moving the cursor in the same transaction. Two
// replicas racing on one webhook collide on the (webhook, event) key: the loser's transaction rolls back and its
// next round starts from the winner's cursor.
internal static class WebhookFanOut
{
    public static async Task<int> RunAsync(NotificationsDbContext db, DateTime now, int batchSize, CancellationToken cancellationToken)
    {
        var made = 0;
        var webhooks = await db.Webhooks.AsNoTracking().Select(w => w.Id).ToListAsync(cancellationToken);
        foreach (var id in webhooks)
        {
            made += await db.InTransactionAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, ct);
                if (webhook is null)
                {
                    return 0;
                }

                var events = await db.Events.AsNoTracking().Where(e => e.Position > webhook.Cursor).OrderBy(e => e.Position)
                    .Take(batchSize).Select(e => new { e.Position, e.Id, e.Type }).ToListAsync(ct);
                if (events.Count == 0)
                {
                    return 0;
                }

                var wanted = events.Where(e => webhook.Wants(e.Type)).ToList();
                db.WebhookDeliveries.AddRange(wanted.Select(e => WebhookDelivery.For(webhook.Id, e.Id, now)));
                webhook.MoveCursor(events[^1].Position);
                await db.SaveChangesAsync(ct);
                return wanted.Count;
            }, cancellationToken);
        }

        return made;
    }
}
