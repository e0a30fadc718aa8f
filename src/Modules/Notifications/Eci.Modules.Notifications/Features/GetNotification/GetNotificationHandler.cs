using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.GetNotification;

internal sealed class GetNotificationHandler(NotificationsDbContext db) : IQueryHandler<GetNotification, NotificationResponse>
{
    // A message an admin sent to an address of their choosing has no customer: only admins see it.
    public async ValueTask<NotificationResponse> Handle(GetNotification query, CancellationToken cancellationToken) =>
        NotificationResponse.From(await db.Notifications.AsNoTracking().FindVisibleAsync(
            n => n.Id == query.Id, query.Caller, n => n.CustomerId ?? 0, "Notification", query.Id, cancellationToken));
}
