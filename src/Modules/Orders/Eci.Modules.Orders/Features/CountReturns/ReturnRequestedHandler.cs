using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountReturns;

internal sealed class ReturnRequestedHandler : INotificationHandler<ReturnRequested>
{
    public ValueTask Handle(ReturnRequested notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.Return(ReturnStatuses.Requested);
        return ValueTask.CompletedTask;
    }
}
