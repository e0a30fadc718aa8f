using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Features.SplitShipments;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.FollowShipment;

// When the first shipment leaves, Inventory fulfils the commitment; when the last one is delivered, the order
// completes; when every one that carried goods has come back whole, the stock is returned and the money refunded;
// when one is cancelled before leaving, the order is cancelled too (with its other shipments, unless one left). An
// order may ship from several warehouses (ADR 0047), so each move is judged against all of its shipments, read after
// the move was saved. Every move also moves the order's version, since the order shows its shipments' progress.
// Every step is idempotent, so an event delivered twice acts once.
internal sealed class ShipmentStatusChangedHandler(
    OrdersDbContext db, ISender sender, PlaceOrderWorkflow workflow, WholeParcelReturn parcels, TimeProvider clock) : INotificationHandler<ShipmentStatusChanged>
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
            case ShipmentStatuses.Delivered when order.Status == OrderStatus.Fulfilling && (await ProgressAsync(order, cancellationToken)).Delivered:
                await sender.Send(new ShipReservation(reservationId), cancellationToken);
                order.Completed(now);
                db.Enqueue(new OrderCompleted(order.Id, order.CustomerId, now), now);
                break;
            case ShipmentStatuses.Returned:
                // Every parcel back returns the order in full, unless a return (RMA) of it says what came back.
                if (await parcels.ReturnIfBackAsync(order, cancellationToken))
                {
                    return;
                }

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

        // A cancel or a workflow holding the order moves its version itself; touching it then would make it fail.
        if (order.Status is OrderStatus.Fulfilling or OrderStatus.Completed or OrderStatus.Returned && !(order.LeaseUntil > now))
        {
            order.ShipmentMoved(now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<OrderShipmentProgress> ProgressAsync(Order order, CancellationToken cancellationToken) =>
        new(await sender.Send(new GetOrderShipments(order.Id), cancellationToken));
}
