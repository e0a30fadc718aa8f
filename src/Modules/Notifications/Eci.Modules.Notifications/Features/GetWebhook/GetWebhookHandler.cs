using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Mediator;

namespace Eci.Modules.Notifications.Features.GetWebhook;

internal sealed class GetWebhookHandler(NotificationsDbContext db) : IQueryHandler<GetWebhook, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(GetWebhook query, CancellationToken cancellationToken) =>
        WebhookResponse.From(await db.WebhookAsync(query.Id, cancellationToken));
}
