using Eci.Modules.Notifications.Domain;
using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

internal sealed class PaymentRefundedHandler(NotificationComposer composer) : INotificationHandler<PaymentRefunded>
{
    public async ValueTask Handle(PaymentRefunded notification, CancellationToken cancellationToken)
    {
        var model = new TemplateModel
        {
            ["amount"] = Amounts.Format(notification.Amount),
            ["total_refunded"] = Amounts.Format(notification.TotalRefunded),
        };
        await composer.ComposeAsync(notification, NotificationTypes.RefundIssued, notification.CustomerId, notification.OrderId.ToString(), model, cancellationToken);
    }
}
