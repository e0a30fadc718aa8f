using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.SearchNotifications;

internal sealed class SearchNotificationsHandler(NotificationsDbContext db) : IQueryHandler<Contracts.SearchNotifications, Page<NotificationDto>>
{
    public async ValueTask<Page<NotificationDto>> Handle(Contracts.SearchNotifications query, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .WhereIf(!string.IsNullOrWhiteSpace(query.Status), n => n.Status == query.Status)
            .ToPageAsync(q => q.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id), query.Paging, n => n.ToDto(), cancellationToken);
}
