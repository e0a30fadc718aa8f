using Eci.Modules.Shipping.Contracts;
using Mediator;

namespace Eci.Modules.Shipping.Features.CountShipments;

internal sealed class ShipmentCreatedHandler : INotificationHandler<ShipmentCreated>
{
    public ValueTask Handle(ShipmentCreated notification, CancellationToken cancellationToken)
    {
        ShippingMetrics.ShipmentCreated();
        return ValueTask.CompletedTask;
    }
}
