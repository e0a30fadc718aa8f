using Eci.Modules.Shipping.Contracts;
using Mediator;

namespace Eci.Modules.Shipping.Features.CountShipments;

internal sealed class ShipmentStatusChangedHandler : INotificationHandler<ShipmentStatusChanged>
{
    public ValueTask Handle(ShipmentStatusChanged notification, CancellationToken cancellationToken)
    {
        ShippingMetrics.ShipmentMoved(notification.To);
        return ValueTask.CompletedTask;
    }
}
