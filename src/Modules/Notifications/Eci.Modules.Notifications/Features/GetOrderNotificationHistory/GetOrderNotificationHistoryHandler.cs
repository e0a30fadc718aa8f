using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.GetOrderNotificationHistory;

internal sealed class GetOrderNotificationHistoryHandler(NotificationsDbContext db) : IQueryHandler<Eci.Modules.Orders.Contracts.GetOrderNotificationHistory, IReadOnlyList<OrderHistoryEntry>>
{
    public async ValueTask<IReadOnlyList<OrderHistoryEntry>> Handle(Eci.Modules.Orders.Contracts.GetOrderNotificationHistory query, CancellationToken cancellationToken)
    {
        var orderId = query.OrderId.ToString();
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.OrderId == orderId).ToListAsync(cancellationToken);
        return notifications.SelectMany(n => NotificationHistory.Of(n, query.IncludeInternal)).OrderBy(e => e.At).ToList();
    }
}
