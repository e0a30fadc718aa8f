using System.Diagnostics;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.SplitShipments;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Eci.Shared.Preconditions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Features.PlaceOrder;

// The place-order saga: reserve stock → charge (the hold extended first) → commit the hold → create the shipment,
// saving the order after every step. Each step is keyed by the order, so running it again never reserves or charges
// twice; failures compensate through the same cancel as a customer's, which saves its intent first. One driver at a
// time holds the order's lease; the recovery worker drives orders a crash left mid-way, cancels included.
internal sealed class PlaceOrderWorkflow(
    OrdersDbContext db, ISender sender, IWorkflowFaults faults, TimeProvider clock, IOptions<OrdersOptions> options)
{
    // The hold as Inventory last answered it in this workflow: its lines say which warehouse each unit leaves from.
    private ReservationDto? _hold;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Runs every step still open (a cancel begun included); null when another driver holds the order or nothing was left to do.</summary>
    public async Task<Order?> TryDriveAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await LeaseAsync(orderId, ifMatch: null, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var pending = order.HasPendingSteps;
        await RunAsync(order, cancellationToken);
        return pending ? order : null;
    }

    /// <summary>
    /// Drives the order to where the workflow stops, or waits up to <paramref name="wait"/> for the driver that holds it
    /// (on this replica or another) to get there; null when it is still running then. A retry is thus answered with
    /// the order's outcome, never with a step on the way to it.
    /// </summary>
    public async Task<Order?> DriveOrAwaitAsync(Guid orderId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (await LeaseAsync(orderId, ifMatch: null, cancellationToken) is { } leased)
            {
                return await RunAsync(leased, cancellationToken);
            }

            var current = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == orderId, cancellationToken);
            if (!current.HasPendingSteps)
            {
                return current;
            }

            if (Stopwatch.GetElapsedTime(started) >= wait)
            {
                return null;
            }

            await Task.Delay(AwaitPollInterval, cancellationToken);
        }
    }

    private static readonly TimeSpan AwaitPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Takes the lease on an order about to be placed, so that it is saved leased and driven at once.</summary>
    public void LeaseNew(Order order) => order.TryLease(Now, LeaseLength);

    /// <summary>Runs the steps of an order this request placed, leased and saved.</summary>
    public Task<Order> DriveNewAsync(Order order, CancellationToken cancellationToken) => RunAsync(order, cancellationToken);

    // The order is saved after each step but a hold taken: running the hold again is keyed by the order and finds the
    // same hold, so a crash before the charge loses nothing, and the order row is written once less. The lease is
    // given back with the last step's save.
    private async Task<Order> RunAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            while (order.HasPendingSteps)
            {
                var step = order.Status switch
                {
                    OrderStatus.Pending => await ReserveAsync(order, cancellationToken),
                    OrderStatus.StockReserved => await ChargeAsync(order, cancellationToken),
                    OrderStatus.Cancelling => await ResumeCancelAsync(order, cancellationToken),
                    _ => await ShipAsync(order, cancellationToken),
                };
                if (!order.HasPendingSteps)
                {
                    order.ReleaseLease();
                }

                if (order.Status != OrderStatus.StockReserved)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                await faults.AfterStepAsync(step, order.Id, cancellationToken);
            }
        }
        finally
        {
            if (order.LeaseUntil is not null)
            {
                order.ReleaseLease();
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }

        return order;
    }

    public Task<Order> CancelAsync(Guid orderId, string reason, CancellationToken cancellationToken) =>
        CancelAsync(orderId, reason, ifMatch: null, cancellationToken);

    // All or nothing: what can be checked is checked first (a parcel that left is a 409 with nothing changed); then the
    // intent is saved, and its effects are finished by this call or, after a crash, by the recovery worker. A caller's
    // If-Match is compared with the version the lease is taken on, so the lease's own update keeps the check atomic.
    public async Task<Order> CancelAsync(Guid orderId, string reason, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var order = await LeaseAsync(orderId, ifMatch, cancellationToken)
            ?? throw new ConflictException(OrderErrorCodes.OrderBusy, $"Order {orderId} is being processed; try again shortly.");
        try
        {
            if (order.Status == OrderStatus.Cancelled)
            {
                return order;
            }

            if (order.IsSettled)
            {
                throw new ConflictException("illegal_transition", $"Order {order.Id} is {order.Status}; it cannot be cancelled.");
            }

            if (order.Status is OrderStatus.Pending or OrderStatus.StockReserved)
            {
                // Its charge may be in flight; the workflow settles it (or cancels) within moments.
                throw new ConflictException(OrderErrorCodes.OrderBusy, $"Order {order.Id} is being processed; try again shortly.");
            }

            if (order.Status != OrderStatus.Cancelling && await ShipmentLeftAsync(order, cancellationToken))
            {
                throw ShipmentLeft(order);
            }

            order.BeginCancel(reason, Now);
            await db.SaveChangesAsync(cancellationToken);
            await faults.AfterStepAsync(WorkflowSteps.Cancel, order.Id, cancellationToken);
            return await FinishCancelAsync(order, cancellationToken) ? order : throw ShipmentLeft(order);
        }
        finally
        {
            order.ReleaseLease();
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private async Task<string> ReserveAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            var reservation = _hold = await sender.Send(new ReserveStock(
                order.Lines.Select(l => new StockLine(l.ProductId, l.Quantity)).ToList(),
                OrderId: order.Id,
                ReservationMinutes: options.Value.HoldMinutes,
                IdempotencyKey: $"order:{order.Id}:reserve"), cancellationToken);
            order.StockReserved(reservation.Id, Now);
        }
        catch (Exception ex) when (ex is ValidationException || ex is ProblemException { Code: InventoryErrorCodes.InsufficientStock })
        {
            // Nothing was taken, so nothing is given back: the cancel begins and ends here.
            order.BeginCancel(CancellationReasons.OutOfStock, Now);
            order.Cancel(Now);
            db.Enqueue(new OrderCancelled(order.Id, order.CustomerId, CancellationReasons.OutOfStock, false, Now), Now);
        }

        return WorkflowSteps.Reserve;
    }

    private async Task<string> ChargeAsync(Order order, CancellationToken cancellationToken)
    {
        var reservationId = order.ReservationId!.Value;
        var hold = TimeSpan.FromMinutes(options.Value.HoldMinutes);
        // The hold must outlive the charge. One made moments ago has most of its time left; an older one (an order
        // resumed by a retry or the recovery worker) is extended first, and if it lapsed already, committing it may
        // still revive it.
        if (Now - order.UpdatedAt >= hold / 2)
        {
            try
            {
                await sender.Send(new ExtendReservation(reservationId, options.Value.HoldMinutes), cancellationToken);
            }
            catch (ConflictException)
            {
            }
        }

        PaymentDto payment;
        try
        {
            payment = await sender.Send(new ChargeOrder(order.Id, order.CustomerId, order.Total, order.PaymentMethod, order.PaymentToken), cancellationToken);
        }
        catch (ProblemException unavailable) when (unavailable.Code == PaymentErrorCodes.ProcessorUnavailable)
        {
            // Nothing was charged, and an outage is not a decline: the order keeps its hold and stays stock_reserved,
            // and a retry of the request, or the recovery worker, charges it once the processor answers (ADR 0037).
            unavailable.Extensions["order_id"] = order.Id;
            throw;
        }

        if (payment.Status == PaymentStatuses.Failed)
        {
            order.PaymentFailed(payment.Id, Now);
            await CompensateAsync(order, CancellationReasons.PaymentDeclined, cancellationToken);
            return WorkflowSteps.Charge;
        }

        try
        {
            _hold = await sender.Send(new CommitReservation(reservationId), cancellationToken);
        }
        catch (ProblemException problem) when (problem.Code == InventoryErrorCodes.ReservationExpired)
        {
            order.Paid(payment.Id, Now);
            await CompensateAsync(order, CancellationReasons.StockUnavailable, cancellationToken);
            return WorkflowSteps.Charge;
        }

        order.Paid(payment.Id, Now);
        db.Enqueue(new OrderPaid(order.Id, order.CustomerId, order.Total, payment.Id, Now), Now);
        return WorkflowSteps.Charge;
    }

    // One shipment per warehouse the hold takes stock from (ADR 0047), created in one call that is idempotent per
    // (order, warehouse): after a crash mid-way the recovery worker runs this again and only the missing ones are made.
    private async Task<string> ShipAsync(Order order, CancellationToken cancellationToken)
    {
        var address = order.ShippingAddress;
        try
        {
            var hold = await HoldAsync(order, cancellationToken);
            var shipments = await sender.Send(new CreateShipment(
                order.Id,
                order.CustomerId,
                new Eci.Shared.Contracts.PostalAddress(address.Line1, address.Line2, address.City, address.PostalCode, address.Country),
                ShipmentItemsFromHold.For(order, hold)), cancellationToken);
            order.Fulfilling(shipments[0].Id, Now);
        }
        catch (Exception ex) when (ex is ProblemException or ValidationException)
        {
            await CompensateAsync(order, CancellationReasons.ShipmentFailed, cancellationToken);
        }

        return WorkflowSteps.Ship;
    }

    // Known already when this workflow took or committed the hold; asked for only when an order is resumed.
    private async Task<ReservationDto?> HoldAsync(Order order, CancellationToken cancellationToken) =>
        order.ReservationId is not { } reservationId ? null
        : _hold?.Id == reservationId ? _hold
        : await sender.Send(new GetReservation(reservationId), cancellationToken);

    private async Task<string> ResumeCancelAsync(Order order, CancellationToken cancellationToken)
    {
        // An abandoned cancel (the parcel left meanwhile) leaves the order fulfilling, which ends the loop.
        await FinishCancelAsync(order, cancellationToken);
        return WorkflowSteps.Cancel;
    }

    private async Task CompensateAsync(Order order, string reason, CancellationToken cancellationToken)
    {
        order.BeginCancel(reason, Now);
        await db.SaveChangesAsync(cancellationToken);
        await FinishCancelAsync(order, cancellationToken);
    }

    /// <summary>The effects of a cancel begun, each safe to repeat; false when the shipment left meanwhile (the cancel is abandoned).</summary>
    private async Task<bool> FinishCancelAsync(Order order, CancellationToken cancellationToken)
    {
        var reason = order.CancellationReason ?? CancellationReasons.AdminCancelled;
        if (order.PaymentId is not null)
        {
            try
            {
                await sender.Send(new CancelShipment(order.Id, reason), cancellationToken);
            }
            catch (ConflictException problem) when (problem.Code == ShipmentLeftCode)
            {
                order.AbandonCancel(Now);
                await db.SaveChangesAsync(cancellationToken);
                return false;
            }
        }

        var refunded = await RefundRestAsync(order, cancellationToken);
        if (order.ReservationId is { } reservationId)
        {
            await sender.Send(new ReleaseReservation(reservationId, reason), cancellationToken);
        }

        order.Cancel(Now);
        db.Enqueue(new OrderCancelled(order.Id, order.CustomerId, reason, refunded, Now), Now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // What the payment holds goes back; an order that holds none counts as refunded only if it was.
    private async Task<bool> RefundRestAsync(Order order, CancellationToken cancellationToken) =>
        await RefundOfTheRest.RefundAsync(
            sender, order, order.CancellationReason ?? CancellationReasons.AdminCancelled, RefundKey(order.Id), Now, cancellationToken)
        || order.PaymentStatus == OrderPaymentStatus.Refunded;

    private async Task<bool> ShipmentLeftAsync(Order order, CancellationToken cancellationToken) =>
        order.ShipmentId is not null
        && (await sender.Send(new GetOrderShipments(order.Id), cancellationToken)).Any(s => ShipmentStatuses.HasLeft(s.Status));

    private static ConflictException ShipmentLeft(Order order) =>
        new(ShipmentLeftCode, $"The shipment of order {order.Id} has left; the order can no longer be cancelled.");

    internal static string RefundKey(Guid orderId) => $"order:{orderId}:cancel-refund";

    private const string ShipmentLeftCode = ShippingErrorCodes.ShipmentAlreadyLeft;

    private TimeSpan LeaseLength => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    // Decides on the order as it is stored: one the caller read earlier in this context is read again, never trusted.
    private async Task<Order?> LeaseAsync(Guid orderId, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        if (db.Orders.Local.FirstOrDefault(o => o.Id == orderId) is { } tracked)
        {
            await db.Entry(tracked).ReloadAsync(cancellationToken);
        }

        var order = await LoadAsync(orderId, cancellationToken);
        ifMatch?.Ensure(order.Version);
        if (!order.TryLease(Now, LeaseLength))
        {
            return null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return order;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ifMatch is null ? null : throw new PreconditionFailedException();
        }
    }

    private async Task<Order> LoadAsync(Guid orderId, CancellationToken cancellationToken) =>
        await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken) ?? throw new NotFoundException("Order", orderId);
}
