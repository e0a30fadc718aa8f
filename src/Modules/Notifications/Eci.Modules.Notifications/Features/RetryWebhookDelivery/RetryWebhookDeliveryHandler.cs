using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.RetryWebhookDelivery;

internal sealed class RetryWebhookDeliveryHandler(NotificationsDbContext db, IdempotentExecutor idempotency, TimeProvider clock)
    : ICommandHandler<RetryWebhookDelivery, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(RetryWebhookDelivery command, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == command.DeliveryId && d.WebhookId == command.WebhookId, cancellationToken)
            ?? throw new NotFoundException("Webhook delivery", command.DeliveryId);
        return await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "admin", nameof(RetryWebhookDelivery), command with { IdempotencyKey = null }), ct =>
        {
            delivery.Retry(clock.GetUtcNow().UtcDateTime);
            return Task.FromResult(WebhookDeliveryResponse.From(delivery));
        }, cancellationToken);
    }
}
