using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountOrders;

internal sealed class OrderCancelledHandler : INotificationHandler<OrderCancelled>
{
    public ValueTask Handle(OrderCancelled notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.OrderCancelled(notification.Reason);
        return ValueTask.CompletedTask;
    }
}
