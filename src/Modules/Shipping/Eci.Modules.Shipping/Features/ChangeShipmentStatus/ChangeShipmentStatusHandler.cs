using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.ChangeShipmentStatus;

// Leaving fulfils the order's stock, delivery completes the order, a return restocks it (through the event the move
// enqueues). A parcel leaves only for an order that may still ship.
internal sealed class ChangeShipmentStatusHandler(ShippingDbContext db, ShipmentMover mover, ISender sender)
    : ICommandHandler<ChangeShipmentStatus, ShipmentResponse>
{
    public async ValueTask<ShipmentResponse> Handle(ChangeShipmentStatus command, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.FirstOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Shipment", command.Id);
        command.IfMatch?.Ensure(shipment.Version);
        if (command.Status == ShipmentStatus.Shipped && shipment.Status == ShipmentStatus.Preparing
            && Guid.TryParse(shipment.OrderId, out var orderId) && await sender.Send(new GetShippableOrder(orderId), cancellationToken) is { } order)
        {
            // Asked at the moment the goods would go, so a cancel or a full refund a moment ago is never outrun.
            ShippableOrders.Ensure(order);
        }

        try
        {
            await mover.MoveAsync(shipment, command.Status!, command.Note, cancellationToken);
        }
        catch (ConflictException conflict) when (command.IfMatch is not null && conflict.Code == ShipmentMover.ConcurrentUpdate)
        {
            throw new PreconditionFailedException();
        }
        return ShipmentResponse.From(shipment);
    }
}
