using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountOrders;

internal sealed class OrderPaidHandler : INotificationHandler<OrderPaid>
{
    public ValueTask Handle(OrderPaid notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.OrderPaid(notification.Total);
        return ValueTask.CompletedTask;
    }
}
