using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Integrations.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.CreateWebhook;

internal sealed class CreateWebhookHandler(NotificationsDbContext db, IdempotentExecutor idempotency, TimeProvider clock)
    : ICommandHandler<CreateWebhook, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(CreateWebhook command, CancellationToken cancellationToken) =>
        await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "admin", nameof(CreateWebhook), command.Request), async ct =>
        {
            // A new webhook hears events recorded from now on, not the feed's whole history.
            var cursor = await db.Events.MaxAsync(e => (long?)e.Position, ct) ?? 0;
            var r = command.Request;
            var webhook = Webhook.Create(r.Url!.Trim(), [.. r.Events!.Distinct()], r.Description, WebhookSecrets.New(), cursor, clock.GetUtcNow().UtcDateTime);
            db.Webhooks.Add(webhook);
            return WebhookResponse.From(webhook, withSecret: true);
        }, cancellationToken, w => $"/v1/webhooks/{w.Id}");
}
