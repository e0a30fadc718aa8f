using Eci.Modules.Orders.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.ChangeStatus;

/// <summary>An admin (for the carrier) records where a shipment is; setting the status it has changes nothing.</summary>
internal sealed record ChangeShipmentStatus(Guid Id, string? Status, string? Note) : ICommand<ShipmentResponse>;

/// <summary>
/// Moves a shipment and tells the other modules, in the same transaction (the outbox): leaving fulfils the order's
/// stock, delivery completes the order, a return restocks it. A parcel leaves only for an order that may still ship.
/// </summary>
internal sealed class ChangeShipmentStatusHandlers(ShippingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<ChangeShipmentStatus, ShipmentResponse>, ICommandHandler<CancelShipment, ShipmentDto?>
{
    public async ValueTask<ShipmentResponse> Handle(ChangeShipmentStatus command, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.FirstOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Shipment", command.Id);
        if (command.Status == ShipmentStatus.Shipped && shipment.Status == ShipmentStatus.Preparing
            && Guid.TryParse(shipment.OrderId, out var orderId) && await sender.Send(new GetOrderSummary(orderId), cancellationToken) is { } order)
        {
            // Asked at the moment the goods would go, so a cancel or a full refund a moment ago is never outrun.
            CreateShipment.ShippableOrders.Ensure(order);
        }

        await MoveAsync(shipment, command.Status!, command.Note, cancellationToken);
        return ShipmentResponse.From(shipment);
    }

    public async ValueTask<ShipmentDto?> Handle(CancelShipment command, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.FirstOrDefaultAsync(s => s.OrderId == command.OrderId, cancellationToken);
        if (shipment is null)
        {
            return null;
        }

        if (ShipmentStatus.HasLeft(shipment.Status))
        {
            throw new ConflictException(ShippingErrorCodes.ShipmentAlreadyLeft, $"Shipment {shipment.Id} is {shipment.Status}; it can no longer be cancelled.");
        }

        await MoveAsync(shipment, ShipmentStatus.Cancelled, command.Reason, cancellationToken);
        return shipment.ToDto();
    }

    private async Task MoveAsync(Shipment shipment, string to, string? note, CancellationToken cancellationToken)
    {
        var from = shipment.Status;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!shipment.MoveTo(to, note, now))
        {
            return;
        }

        db.Enqueue(new ShipmentStatusChanged(shipment.Id, shipment.OrderId, shipment.CustomerId, from, to, shipment.TrackingNumber, shipment.Carrier, now), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("concurrent_update", $"Shipment {shipment.Id} was changed by another request; read it again and retry.");
        }
    }
}

internal sealed class ChangeShipmentStatusValidator : AbstractValidator<ChangeShipmentStatus>
{
    public ChangeShipmentStatusValidator()
    {
        RuleFor(x => x.Status).NotEmpty().Must(s => s is null || ShipmentStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", ShipmentStatus.All)}.");
        RuleFor(x => x.Note).MaximumLength(500);
    }
}
