using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountOrders;

internal sealed class OrderPlacedHandler : INotificationHandler<OrderPlaced>
{
    public ValueTask Handle(OrderPlaced notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.OrderPlaced();
        return ValueTask.CompletedTask;
    }
}
