using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;
using CancelShipmentCommand = Eci.Modules.Shipping.Contracts.CancelShipment;

namespace Eci.Modules.Shipping.Features.CancelShipment;

internal sealed class CancelShipmentHandler(ShippingDbContext db, ShipmentMover mover)
    : ICommandHandler<CancelShipmentCommand, ShipmentDto?>
{
    public async ValueTask<ShipmentDto?> Handle(CancelShipmentCommand command, CancellationToken cancellationToken)
    {
        var orderId = command.OrderId.ToString();
        var shipment = await db.Shipments.FirstOrDefaultAsync(s => s.OrderId == orderId, cancellationToken);
        if (shipment is null)
        {
            return null;
        }

        if (ShipmentStatus.HasLeft(shipment.Status))
        {
            throw new ConflictException(ShippingErrorCodes.ShipmentAlreadyLeft, $"Shipment {shipment.Id} is {shipment.Status}; it can no longer be cancelled.");
        }

        await mover.MoveAsync(shipment, ShipmentStatus.Cancelled, command.Reason, cancellationToken);
        return shipment.ToDto();
    }
}
