using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Payments.Features.CountPayments;

internal sealed class PaymentFailedHandler : INotificationHandler<PaymentFailed>
{
    public ValueTask Handle(PaymentFailed notification, CancellationToken cancellationToken)
    {
        PaymentsMetrics.PaymentFailed(notification.FailureCode);
        return ValueTask.CompletedTask;
    }
}
