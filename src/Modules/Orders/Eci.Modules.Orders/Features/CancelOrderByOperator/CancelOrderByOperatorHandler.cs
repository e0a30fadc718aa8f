using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Orders.Features.CancelOrderByOperator;

internal sealed class CancelOrderByOperatorHandler(ISender sender) : ICommandHandler<Contracts.CancelOrderByOperator>
{
    private static readonly Caller Operator = new(null, IsAdmin: true);

    public async ValueTask<Unit> Handle(Contracts.CancelOrderByOperator command, CancellationToken cancellationToken)
    {
        await sender.Send(new CancelOrder.CancelOrder(command.OrderId, Operator), cancellationToken);
        return Unit.Value;
    }
}
