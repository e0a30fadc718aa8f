using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesHandler(NotificationsDbContext db) : IQueryHandler<ListWebhookDeliveries, Page<WebhookDeliveryResponse>>
{
    public async ValueTask<Page<WebhookDeliveryResponse>> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        await db.WebhookAsync(query.WebhookId, cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == query.WebhookId)
            .ToPageAsync(q => q.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id), query.Paging, WebhookDeliveryResponse.From, cancellationToken);
    }
}
