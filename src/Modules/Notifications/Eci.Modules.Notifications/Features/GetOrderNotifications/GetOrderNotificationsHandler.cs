using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Notifications.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using GetOrderNotificationsQuery = Eci.Modules.Notifications.Contracts.GetOrderNotifications;

namespace Eci.Modules.Notifications.Features.GetOrderNotifications;

internal sealed class GetOrderNotificationsHandler(NotificationsDbContext db) : IQueryHandler<GetOrderNotificationsQuery, IReadOnlyList<NotificationDto>>
{
    public async ValueTask<IReadOnlyList<NotificationDto>> Handle(GetOrderNotificationsQuery query, CancellationToken cancellationToken)
    {
        var orderId = query.OrderId.ToString();
        return (await db.Notifications.AsNoTracking().Where(n => n.OrderId == orderId).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(cancellationToken))
            .Select(n => n.ToDto()).ToList();
    }
}
