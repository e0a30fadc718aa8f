using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Integrations.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Notifications.Features.RotateWebhookSecret;

internal sealed class RotateWebhookSecretHandler(NotificationsDbContext db, IdempotentExecutor idempotency, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecret, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(RotateWebhookSecret command, CancellationToken cancellationToken)
    {
        var webhook = await db.WebhookAsync(command.Id, cancellationToken);
        return await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "admin", nameof(RotateWebhookSecret), command with { IdempotencyKey = null }), ct =>
        {
            webhook.RotateSecret(WebhookSecrets.New(), clock.GetUtcNow().UtcDateTime);
            return Task.FromResult(WebhookResponse.From(webhook, withSecret: true));
        }, cancellationToken);
    }
}
