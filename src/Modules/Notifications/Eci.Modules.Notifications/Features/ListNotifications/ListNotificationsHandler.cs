using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.ListNotifications;

internal sealed class ListNotificationsHandler(NotificationsDbContext db) : IQueryHandler<ListNotifications, Page<NotificationResponse>>
{
    public async ValueTask<Page<NotificationResponse>> Handle(ListNotifications query, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .VisibleTo(query.Caller, n => n.CustomerId!.Value)
            .WhereIf(!string.IsNullOrWhiteSpace(query.OrderId), n => n.OrderId == query.OrderId)
            .WhereIf(!string.IsNullOrWhiteSpace(query.Status), n => n.Status == query.Status)
            .ToPageAsync(q => q.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id), query.Paging, NotificationResponse.From, cancellationToken);
}
