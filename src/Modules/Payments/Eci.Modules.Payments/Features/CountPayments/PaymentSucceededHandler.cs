using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Payments.Features.CountPayments;

internal sealed class PaymentSucceededHandler : INotificationHandler<PaymentSucceeded>
{
    public ValueTask Handle(PaymentSucceeded notification, CancellationToken cancellationToken)
    {
        PaymentsMetrics.PaymentSucceeded(notification.Amount.Currency);
        return ValueTask.CompletedTask;
    }
}
