using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.Webhooks;

internal static class WebhookLookup
{
    public static async Task<Webhook> WebhookAsync(this NotificationsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken) ?? throw new NotFoundException("Webhook", id);
}
