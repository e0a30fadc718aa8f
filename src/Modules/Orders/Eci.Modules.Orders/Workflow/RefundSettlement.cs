using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Workflow;

/// <summary>
/// A refund made on a payment (by an admin, outside the order) reaches the order: its payment status follows, and a
/// full refund before the shipment left cancels it (shipment cancelled, stock released). Payments asks right after the
/// refund commits (<see cref="ApplyOrderRefund"/>); the <see cref="PaymentRefunded"/> event is the fallback after a
/// crash. Both read the payment as it stands, so either may come first, twice, or late.
/// </summary>
internal sealed class RefundSettlement(OrdersDbContext db, ISender sender, PlaceOrderWorkflow workflow, TimeProvider clock)
    : ICommandHandler<ApplyOrderRefund>, INotificationHandler<PaymentRefunded>
{
    // Another driver of the order (the refund's event racing its immediate call, say) holds it for moments only.
    private const int Attempts = 20;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    public async ValueTask<Unit> Handle(ApplyOrderRefund command, CancellationToken cancellationToken)
    {
        await ApplyAsync(command.PaymentId, command.OrderId, cancellationToken);
        return Unit.Value;
    }

    public async ValueTask Handle(PaymentRefunded notification, CancellationToken cancellationToken) =>
        await ApplyAsync(notification.PaymentId, notification.OrderId, cancellationToken);

    private async Task ApplyAsync(Guid paymentId, string orderId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(orderId, out var id))
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            // Another payment filed under the order is not the order's money.
            if (order is null || order.PaymentId != paymentId || order.Status == OrderStatus.Cancelled)
            {
                return;
            }

            var payment = await sender.Send(new GetPayment(paymentId), cancellationToken);
            var full = payment?.Status == PaymentStatuses.Refunded;
            if ((!full && payment?.Status != PaymentStatuses.PartiallyRefunded) || (!full && order.Status == OrderStatus.Cancelling))
            {
                // A cancel under way refunds the rest and records it itself.
                return;
            }

            // A full refund cancels an order whose parcel has not left, or finishes a cancel begun (waiting for its driver).
            if (full && order.Status is OrderStatus.Paid or OrderStatus.Fulfilling or OrderStatus.Cancelling)
            {
                try
                {
                    await workflow.CancelAsync(order.Id, CancellationReasons.Refunded, cancellationToken);
                    return;
                }
                catch (ConflictException problem) when (problem.Code == ShippingErrorCodes.ShipmentAlreadyLeft)
                {
                    // Refunded after the parcel left: the order keeps its course, with its money given back.
                }
                catch (ConflictException problem) when (problem.Code == OrderErrorCodes.OrderBusy && attempt < Attempts)
                {
                    db.ChangeTracker.Clear();
                    await Task.Delay(Pause * Math.Min(attempt, 5), clock, cancellationToken);
                    continue;
                }
            }

            try
            {
                if (order.RefundRecorded(full, clock.GetUtcNow().UtcDateTime))
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
