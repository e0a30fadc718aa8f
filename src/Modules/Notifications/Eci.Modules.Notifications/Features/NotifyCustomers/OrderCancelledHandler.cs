using System.Globalization;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Templates;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.Compose;

/// <summary>
/// What the customer is told when their order, its payment or its shipment moves. An order is confirmed once it is
/// paid, never before; a declined order gets one message, its cancellation, which says the payment was declined (the
/// payment failure of an order is not told separately). A payment failure for no known order is told as such.
/// </summary>
internal sealed class EventNotificationHandlers(NotificationComposer composer, ISender sender)
    : INotificationHandler<OrderPaid>,
      INotificationHandler<OrderCancelled>,
      INotificationHandler<PaymentFailed>,
      INotificationHandler<PaymentRefunded>,
      INotificationHandler<ShipmentStatusChanged>
{
    private static readonly Dictionary<string, string> Reasons = new()
    {
        [CancellationReasons.PaymentDeclined] = "the payment was declined",
        [CancellationReasons.OutOfStock] = "some of the items are out of stock",
        [CancellationReasons.StockUnavailable] = "some of the items are no longer in stock",
        [CancellationReasons.CustomerCancelled] = "you asked us to cancel it",
    };

    public async ValueTask Handle(OrderPaid notification, CancellationToken cancellationToken)
    {
        var order = await sender.Send(new GetOrderSummary(notification.OrderId), cancellationToken);
        var model = new TemplateModel
        {
            ["items"] = (order?.Lines ?? []).Select(line => new TemplateModel
            {
                ["name"] = line.Name,
                ["quantity"] = line.Quantity,
                ["unit_price"] = Format(line.UnitPrice),
                ["line_total"] = Format(line.UnitPrice with { Minor = line.UnitPrice.Minor * line.Quantity }),
            }).ToList(),
            ["total"] = Format(notification.Total),
        };
        await composer.ComposeAsync(notification, NotificationTypes.OrderConfirmation, notification.CustomerId, notification.OrderId.ToString(), model, cancellationToken);
    }

    public async ValueTask Handle(OrderCancelled notification, CancellationToken cancellationToken)
    {
        var model = new TemplateModel
        {
            ["reason"] = Reasons.GetValueOrDefault(notification.Reason, notification.Reason.Replace('_', ' ')),
            ["refunded"] = notification.Refunded,
        };
        if (notification.Reason == CancellationReasons.PaymentDeclined)
        {
            var payments = await sender.Send(new GetOrderPayments(notification.OrderId.ToString()), cancellationToken);
            if (payments.LastOrDefault(p => p.Status == PaymentStatuses.Failed) is { } failed)
            {
                model["payment_declined"] = true;
                model["amount"] = Format(failed.Amount);
                model["failure"] = (failed.FailureCode ?? "declined").Replace('_', ' ');
            }
        }
        await composer.ComposeAsync(notification, NotificationTypes.OrderCancelled, notification.CustomerId, notification.OrderId.ToString(), model, cancellationToken);
    }

    public async ValueTask Handle(PaymentFailed notification, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(notification.OrderId, out var orderId) && await sender.Send(new GetOrderSummary(orderId), cancellationToken) is not null)
        {
            // The order is cancelled for it, and that message says the payment was declined.
            return;
        }

        var model = new TemplateModel
        {
            ["amount"] = Format(notification.Amount),
            ["failure"] = notification.FailureCode.Replace('_', ' '),
        };
        await composer.ComposeAsync(notification, NotificationTypes.PaymentFailed, notification.CustomerId, notification.OrderId, model, cancellationToken);
    }

    public async ValueTask Handle(PaymentRefunded notification, CancellationToken cancellationToken)
    {
        var model = new TemplateModel
        {
            ["amount"] = Format(notification.Amount),
            ["total_refunded"] = Format(notification.TotalRefunded),
        };
        await composer.ComposeAsync(notification, NotificationTypes.RefundIssued, notification.CustomerId, notification.OrderId, model, cancellationToken);
    }

    public async ValueTask Handle(ShipmentStatusChanged notification, CancellationToken cancellationToken)
    {
        var type = notification.To switch
        {
            "shipped" => NotificationTypes.OrderShipped,
            "delivered" => NotificationTypes.OrderDelivered,
            _ => null,
        };
        if (type is null)
        {
            return;
        }

        var model = new TemplateModel
        {
            ["carrier"] = notification.Carrier,
            ["tracking_number"] = notification.TrackingNumber,
        };
        await composer.ComposeAsync(notification, type, notification.CustomerId, notification.OrderId.ToString(), model, cancellationToken);
    }

    /// <summary>An amount as a customer reads it: <c>1,299.99 INR</c>, with the currency's own number of decimals.</summary>
    internal static string Format(Money money)
    {
        var digits = Currencies.TryGetMinorDigits(money.Currency, out var d) ? d : 2;
        return money.ToDecimal().ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + money.Currency;
    }
}
