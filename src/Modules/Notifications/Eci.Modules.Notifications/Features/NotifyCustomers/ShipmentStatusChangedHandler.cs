using Eci.Modules.Notifications.Domain;
using Eci.Modules.Shipping.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

internal sealed class ShipmentStatusChangedHandler(NotificationComposer composer) : INotificationHandler<ShipmentStatusChanged>
{
    public async ValueTask Handle(ShipmentStatusChanged notification, CancellationToken cancellationToken)
    {
        var type = notification.To switch
        {
            ShipmentStatuses.Shipped => NotificationTypes.OrderShipped,
            ShipmentStatuses.Delivered => NotificationTypes.OrderDelivered,
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
}
