using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.FollowShipment;

// When the shipment leaves, Inventory fulfils the commitment; when it is delivered, the order completes; when it comes
// back, the stock is returned; when it is cancelled before leaving, the order is cancelled too. Every step is
// idempotent, so an event delivered twice acts once.
internal sealed class ShipmentStatusChangedHandler(OrdersDbContext db, ISender sender, PlaceOrderWorkflow workflow, TimeProvider clock) : INotificationHandler<ShipmentStatusChanged>
{
    public async ValueTask Handle(ShipmentStatusChanged notification, CancellationToken cancellationToken)
    {
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == notification.OrderId, cancellationToken) is not { } order
            || order.ReservationId is not { } reservationId)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        switch (notification.To)
        {
            case ShipmentStatuses.Shipped:
                await sender.Send(new ShipReservation(reservationId), cancellationToken);
                break;
            case ShipmentStatuses.Delivered when order.Status == OrderStatus.Fulfilling:
                await sender.Send(new ShipReservation(reservationId), cancellationToken);
                order.Completed(now);
                db.Enqueue(new OrderCompleted(order.Id, order.CustomerId, now), now);
                break;
            case ShipmentStatuses.Returned when order.Status is OrderStatus.Fulfilling or OrderStatus.Completed:
                await sender.Send(new ShipReservation(reservationId), cancellationToken);
                await sender.Send(new ReturnReservation(reservationId, "shipment returned"), cancellationToken);
                order.Returned(now);
                break;
            case ShipmentStatuses.Cancelled when order.Status == OrderStatus.Fulfilling:
                // Cancelled at the warehouse rather than through the order: the order follows, refunded and restocked.
                // Only a busy order is worth a retry of this event; any other refusal is final, and a cancel that began
                // is finished by the recovery worker, so the event never fails for good.
                try
                {
                    await workflow.CancelAsync(order.Id, CancellationReasons.ShipmentCancelled, cancellationToken);
                }
                catch (ConflictException problem) when (problem.Code != OrderErrorCodes.OrderBusy)
                {
                }

                return;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
