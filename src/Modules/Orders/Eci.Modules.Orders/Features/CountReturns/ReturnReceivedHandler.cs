using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.CountReturns;

internal sealed class ReturnReceivedHandler : INotificationHandler<ReturnReceived>
{
    public ValueTask Handle(ReturnReceived notification, CancellationToken cancellationToken)
    {
        OrdersMetrics.Return(ReturnStatuses.Received);
        return ValueTask.CompletedTask;
    }
}
