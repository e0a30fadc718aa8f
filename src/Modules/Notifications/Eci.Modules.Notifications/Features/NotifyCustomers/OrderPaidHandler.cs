using Eci.Modules.Notifications.Domain;
using Eci.Modules.Orders.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

// An order is confirmed once it is paid, never before.
internal sealed class OrderPaidHandler(NotificationComposer composer, ISender sender) : INotificationHandler<OrderPaid>
{
    public async ValueTask Handle(OrderPaid notification, CancellationToken cancellationToken)
    {
        var order = await sender.Send(new GetOrderSummary(notification.OrderId), cancellationToken);
        var model = new TemplateModel
        {
            ["items"] = (order?.Lines ?? []).Select(line => new TemplateModel
            {
                ["name"] = line.Name,
                ["quantity"] = line.Quantity,
                ["unit_price"] = Amounts.Format(line.UnitPrice),
                ["line_total"] = Amounts.Format(line.UnitPrice with { Minor = line.UnitPrice.Minor * line.Quantity }),
            }).ToList(),
            ["total"] = Amounts.Format(notification.Total),
        };
        await composer.ComposeAsync(notification, NotificationTypes.OrderConfirmation, notification.CustomerId, notification.OrderId.ToString(), model, cancellationToken);
    }
}
