using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Persistence;
using Mediator;

namespace Eci.Modules.Payments.Features.RefundPayment;

internal sealed class RefundPaymentHandler(Refunder refunder, PaymentsDbContext db) : ICommandHandler<Contracts.RefundPayment, PaymentDto>
{
    public async ValueTask<PaymentDto> Handle(Contracts.RefundPayment command, CancellationToken cancellationToken)
    {
        var refunded = await refunder.RefundAsync(command, cancellationToken);
        return (await db.CurrentAsync(refunded.Id, cancellationToken)).ToDto();
    }
}
