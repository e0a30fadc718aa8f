using Eci.Modules.Notifications.Domain;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

// A payment failure for no known order is told as such; an order's is told by its cancellation.
internal sealed class PaymentFailedHandler(NotificationComposer composer, ISender sender) : INotificationHandler<PaymentFailed>
{
    public async ValueTask Handle(PaymentFailed notification, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetOrderSummary(notification.OrderId), cancellationToken) is not null)
        {
            return;
        }

        var model = new TemplateModel
        {
            ["amount"] = Amounts.Format(notification.Amount),
            ["failure"] = notification.FailureCode.Replace('_', ' '),
        };
        await composer.ComposeAsync(notification, NotificationTypes.PaymentFailed, notification.CustomerId, notification.OrderId.ToString(), model, cancellationToken);
    }
}
