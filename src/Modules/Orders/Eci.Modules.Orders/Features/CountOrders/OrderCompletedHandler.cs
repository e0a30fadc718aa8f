using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountOrders;

internal sealed class OrderCompletedHandler : INotificationHandler<OrderCompleted>
{
    public ValueTask Handle(OrderCompleted notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.OrderCompleted();
        return ValueTask.CompletedTask;
    }
}
