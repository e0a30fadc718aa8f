using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountReturns;

internal sealed class ReturnRejectedHandler : INotificationHandler<ReturnRejected>
{
    public ValueTask Handle(ReturnRejected notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.Return(ReturnStatuses.Rejected);
        return ValueTask.CompletedTask;
    }
}
