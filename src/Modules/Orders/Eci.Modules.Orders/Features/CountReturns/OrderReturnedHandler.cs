using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountReturns;

internal sealed class OrderReturnedHandler : INotificationHandler<OrderReturned>
{
    public ValueTask Handle(OrderReturned notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.OrderReturned();
        return ValueTask.CompletedTask;
    }
}
