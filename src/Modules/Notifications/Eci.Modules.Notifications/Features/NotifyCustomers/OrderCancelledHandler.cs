using Eci.Modules.Notifications.Domain;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Payments.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

// A declined order gets one message, its cancellation, which says the payment was declined.
internal sealed class OrderCancelledHandler(NotificationComposer composer, ISender sender) : INotificationHandler<OrderCancelled>
{
    private static readonly Dictionary<string, string> Reasons = new()
    {
        [CancellationReasons.PaymentDeclined] = "the payment was declined",
        [CancellationReasons.OutOfStock] = "some of the items are out of stock",
        [CancellationReasons.StockUnavailable] = "some of the items are no longer in stock",
        [CancellationReasons.CustomerCancelled] = "you asked us to cancel it",
    };

    public async ValueTask Handle(OrderCancelled notification, CancellationToken cancellationToken)
    {
        var model = new TemplateModel
        {
            ["reason"] = Reasons.GetValueOrDefault(notification.Reason, notification.Reason.Replace('_', ' ')),
            ["refunded"] = notification.Refunded,
        };
        if (notification.Reason == CancellationReasons.PaymentDeclined)
        {
            var payments = await sender.Send(new GetOrderPayments(notification.OrderId), cancellationToken);
            if (payments.LastOrDefault(p => p.Status == PaymentStatuses.Failed) is { } failed)
            {
                model["payment_declined"] = true;
                model["amount"] = Amounts.Format(failed.Amount);
                model["failure"] = (failed.FailureCode ?? "declined").Replace('_', ' ');
            }
        }
        await composer.ComposeAsync(notification, NotificationTypes.OrderCancelled, notification.CustomerId, notification.OrderId.ToString(), model, cancellationToken);
    }
}
