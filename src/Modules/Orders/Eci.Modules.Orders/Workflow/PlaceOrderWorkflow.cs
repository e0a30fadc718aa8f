using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Workflow;

/// <summary>
/// The place-order saga: reserve stock → charge (the hold extended first) → commit the hold → create the shipment,
/// saving the order after every step. Each step is keyed by the order, so running it again never reserves or charges
/// twice; failures compensate (declined → release; stock lost after payment → refund). One driver at a time holds the
/// order's lease; the recovery worker drives orders a crash left mid-way.
/// </summary>
internal sealed class PlaceOrderWorkflow(
    OrdersDbContext db, ISender sender, IWorkflowFaults faults, TimeProvider clock, IOptions<OrdersOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Runs every step still open; returns the order as it stands afterwards.</summary>
    public async Task<Order> DriveAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await LeaseAsync(orderId, cancellationToken);
        if (order is null)
        {
            return await LoadAsync(orderId, cancellationToken);
        }

        try
        {
            while (order.HasPendingSteps)
            {
                var step = order.Status switch
                {
                    OrderStatus.Pending => await ReserveAsync(order, cancellationToken),
                    OrderStatus.StockReserved => await ChargeAsync(order, cancellationToken),
                    _ => await ShipAsync(order, cancellationToken),
                };
                await db.SaveChangesAsync(cancellationToken);
                await faults.AfterStepAsync(step, order.Id, cancellationToken);
            }
        }
        finally
        {
            order.ReleaseLease();
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return order;
    }

    /// <summary>Cancels an order that has not shipped: cancels its shipment, refunds its payment and releases its stock.</summary>
    public async Task<Order> CancelAsync(Guid orderId, string reason, CancellationToken cancellationToken)
    {
        var order = await LeaseAsync(orderId, cancellationToken)
            ?? throw new ConflictException("order_busy", $"Order {orderId} is being processed; try again shortly.");
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

            if (order.ShipmentId is not null)
            {
                await sender.Send(new CancelShipment(order.Id.ToString(), reason), cancellationToken);
            }

            await CompensateAsync(order, reason, cancellationToken);
            return order;
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
            var reservation = await sender.Send(new ReserveStock(
                order.Lines.Select(l => new StockLine(l.ProductId, l.Quantity)).ToList(),
                OrderId: order.Id.ToString(),
                ReservationMinutes: options.Value.HoldMinutes,
                IdempotencyKey: $"order:{order.Id}:reserve"), cancellationToken);
            order.StockReserved(reservation.Id, Now);
        }
        catch (ProblemException problem) when (problem.Code == "insufficient_stock")
        {
            Cancel(order, CancellationReasons.OutOfStock);
        }
        catch (ValidationException)
        {
            Cancel(order, CancellationReasons.OutOfStock);
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

        var payment = await sender.Send(new ChargeOrder(order.Id.ToString(), order.CustomerId, order.Total, order.PaymentMethod, order.PaymentToken), cancellationToken);
        if (payment.Status == "failed")
        {
            order.PaymentFailed(payment.Id, Now);
            await CompensateAsync(order, CancellationReasons.PaymentDeclined, cancellationToken);
            return WorkflowSteps.Charge;
        }

        try
        {
            await sender.Send(new CommitReservation(reservationId), cancellationToken);
        }
        catch (ProblemException problem) when (problem.Code == "reservation_expired")
        {
            order.Paid(payment.Id, Now);
            await CompensateAsync(order, CancellationReasons.StockUnavailable, cancellationToken);
            return WorkflowSteps.Charge;
        }

        order.Paid(payment.Id, Now);
        db.Enqueue(new OrderPaid(order.Id, order.CustomerId, order.Total, payment.Id, Now), Now);
        return WorkflowSteps.Charge;
    }

    private async Task<string> ShipAsync(Order order, CancellationToken cancellationToken)
    {
        var address = order.ShippingAddress;
        try
        {
            var shipment = await sender.Send(new CreateShipment(
                order.Id.ToString(),
                order.CustomerId,
                new ShippingAddress(address.Line1, address.Line2, address.City, address.PostalCode, address.Country),
                order.Lines.Select(l => new ShipmentItem(l.ProductId, l.Name, l.Quantity)).ToList()), cancellationToken);
            order.Fulfilling(shipment.Id, Now);
        }
        catch (Exception ex) when (ex is ProblemException or ValidationException)
        {
            await CompensateAsync(order, CancellationReasons.ShipmentFailed, cancellationToken);
        }

        return WorkflowSteps.Ship;
    }

    /// <summary>Refunds what was captured, gives the stock back, and cancels the order with its reason.</summary>
    private async Task CompensateAsync(Order order, string reason, CancellationToken cancellationToken)
    {
        var refunded = false;
        if (order.PaymentStatus == OrderPaymentStatus.Paid && order.PaymentId is { } paymentId)
        {
            await sender.Send(new RefundPayment(paymentId, null, $"order {reason}", $"order:{order.Id}:refund"), cancellationToken);
            order.Refunded(Now);
            refunded = true;
        }

        if (order.ReservationId is { } reservationId)
        {
            await sender.Send(new ReleaseReservation(reservationId, reason), cancellationToken);
        }

        Cancel(order, reason, refunded);
    }

    private void Cancel(Order order, string reason, bool refunded = false)
    {
        order.Cancel(reason, Now);
        db.Enqueue(new OrderCancelled(order.Id, order.CustomerId, reason, refunded, Now), Now);
    }

    private async Task<Order?> LeaseAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(orderId, cancellationToken);
        if (!order.TryLease(Now, TimeSpan.FromSeconds(options.Value.LeaseSeconds)))
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
            return null;
        }
    }

    private async Task<Order> LoadAsync(Guid orderId, CancellationToken cancellationToken) =>
        await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken) ?? throw new NotFoundException("Order", orderId);
}
