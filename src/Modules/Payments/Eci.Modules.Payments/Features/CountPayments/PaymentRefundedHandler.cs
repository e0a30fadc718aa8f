using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Payments.Features.CountPayments;

internal sealed class PaymentRefundedHandler : INotificationHandler<PaymentRefunded>
{
    public ValueTask Handle(PaymentRefunded notification, CancellationToken cancellationToken)
    {
        PaymentsMetrics.PaymentRefunded(notification.Amount.Currency);
        return ValueTask.CompletedTask;
    }
}
