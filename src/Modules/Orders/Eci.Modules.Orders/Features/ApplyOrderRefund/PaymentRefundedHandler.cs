using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.ApplyOrderRefund;

internal sealed class PaymentRefundedHandler(RefundSettlement settlement) : INotificationHandler<PaymentRefunded>
{
    public async ValueTask Handle(PaymentRefunded notification, CancellationToken cancellationToken) =>
        await settlement.ApplyAsync(notification.PaymentId, notification.OrderId, cancellationToken);
}
