using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.ListWebhooks;

internal sealed class ListWebhooksHandler(NotificationsDbContext db) : IQueryHandler<ListWebhooks, IReadOnlyList<WebhookResponse>>
{
    public async ValueTask<IReadOnlyList<WebhookResponse>> Handle(ListWebhooks query, CancellationToken cancellationToken) =>
        (await db.Webhooks.AsNoTracking().OrderBy(w => w.CreatedAt).ToListAsync(cancellationToken)).Select(w => WebhookResponse.From(w)).ToList();
}
