using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;
using CancelShipmentCommand = Eci.Modules.Shipping.Contracts.CancelShipment;

namespace Eci.Modules.Shipping.Features.CancelShipment;

// All of an order's shipments or none: one that left refuses the cancel before any other is touched, and the others
// are cancelled in one save, so an order is never left half cancelled.
internal sealed class CancelShipmentHandler(ShippingDbContext db, ShipmentMover mover)
    : ICommandHandler<CancelShipmentCommand, IReadOnlyList<ShipmentDto>?>
{
    public async ValueTask<IReadOnlyList<ShipmentDto>?> Handle(CancelShipmentCommand command, CancellationToken cancellationToken)
    {
        var orderId = command.OrderId.ToString();
        var shipments = await db.Shipments.Where(s => s.OrderId == orderId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Warehouse).ToListAsync(cancellationToken);
        if (shipments.Count == 0)
        {
            return null;
        }

        if (shipments.FirstOrDefault(s => ShipmentStatus.HasLeft(s.Status)) is { } left)
        {
            throw new ConflictException(ShippingErrorCodes.ShipmentAlreadyLeft, $"Shipment {left.Id} is {left.Status}; it can no longer be cancelled.");
        }

        await mover.MoveAllAsync(shipments, ShipmentStatus.Cancelled, command.Reason, cancellationToken);
        return shipments.Select(s => s.ToDto()).ToList();
    }
}
