using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Mediator;

namespace Eci.Modules.Notifications.Features.UpdateWebhook;

// A PUT is idempotent by itself: the same body leaves the same webhook.
internal sealed class UpdateWebhookHandler(NotificationsDbContext db, TimeProvider clock) : ICommandHandler<UpdateWebhook, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(UpdateWebhook command, CancellationToken cancellationToken)
    {
        var webhook = await db.WebhookAsync(command.Id, cancellationToken);
        var r = command.Request;
        webhook.Change(r.Url!.Trim(), [.. r.Events!.Distinct()], r.Description, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookResponse.From(webhook);
    }
}
