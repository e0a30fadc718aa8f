using Mediator;

namespace Eci.Modules.Orders.Features.ApplyOrderRefund;

internal sealed class ApplyOrderRefundHandler(RefundSettlement settlement) : ICommandHandler<Payments.Contracts.ApplyOrderRefund>
{
    public async ValueTask<Unit> Handle(Payments.Contracts.ApplyOrderRefund command, CancellationToken cancellationToken)
    {
        await settlement.ApplyAsync(command.PaymentId, command.OrderId, cancellationToken);
        return Unit.Value;
    }
}
