using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.SplitShipments;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.FollowShipment;

/// <summary>
/// When every parcel of an order that carried goods comes back, the order is returned in full: restocked, refunded
/// and marked returned, unless a return (RMA) of it that was not rejected says what came back instead. It is tried when
/// the last parcel comes back and again when a return of the order is rejected. A return asked for while it is due is
/// refused (RequestReturnHandler), so the parcels and a return never both give the same units back.
/// </summary>
internal sealed class WholeParcelReturn(OrdersDbContext db, ISender sender, TimeProvider clock)
{
    /// <summary>Whether the parcels are to return the order in full now: every one of them back, and no return open.</summary>
    public async Task<bool> DueAsync(Order order, bool returnsOpen, CancellationToken cancellationToken) =>
        Applies(order) && !returnsOpen && await AllBackAsync(order.Id, cancellationToken);

    /// <summary>
    /// Returns the order in full when every parcel is back; false when they are not, and nothing changed. The order is
    /// claimed first, its version moved and saved before stock or money is touched: a return asked for earlier has then
    /// either committed, and is found, or fails on the version; one asked for later finds the parcels back and is
    /// refused. An order a workflow holds (a cancel, a refund) is not claimed under it: the caller's event comes again.
    /// </summary>
    public async Task<bool> ReturnIfBackAsync(Order order, CancellationToken cancellationToken)
    {
        if (!Applies(order) || order.ReservationId is not { } reservationId || !await AllBackAsync(order.Id, cancellationToken))
        {
            return false;
        }

        // A return open already decides what came back; claiming the order then would only make a return asked for
        // meanwhile fail on the version.
        if (await LeftToReturnsAsync(order.Id, cancellationToken))
        {
            return true;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (order.LeaseUntil > now)
        {
            throw new ConflictException(OrderErrorCodes.OrderBusy, $"Order {order.Id} is held by another step; its parcels' return waits.");
        }

        order.ReturnsChanged(now);
        await db.SaveChangesAsync(cancellationToken);
        if (await LeftToReturnsAsync(order.Id, cancellationToken))
        {
            return true;
        }

        await sender.Send(new ShipReservation(reservationId), cancellationToken);
        await sender.Send(new ReturnReservation(reservationId, "shipment returned"), cancellationToken);
        await RefundOfTheRest.RefundAsync(sender, order, "shipment returned", $"order:{order.Id}:return-refund", now, cancellationToken);
        order.Returned(now);
        db.Enqueue(new OrderReturned(order.Id, order.CustomerId, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static bool Applies(Order order) => order.Status is OrderStatus.Fulfilling or OrderStatus.Completed;

    private Task<bool> LeftToReturnsAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Returns.AnyAsync(r => r.OrderId == orderId && r.Status != ReturnStatus.Rejected, cancellationToken);

    private async Task<bool> AllBackAsync(Guid orderId, CancellationToken cancellationToken) =>
        new OrderShipmentProgress(await sender.Send(new GetOrderShipments(orderId), cancellationToken)).Returned;
}
