using System.Diagnostics;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Features.ReceiveReturn;

// The effects of a receipt once it is saved: units back through Inventory's ledger, then the refund through Payments,
// each keyed by the return so that running them again after a crash changes nothing; then the return is received and
// the order follows. One driver at a time holds the return's lease; the recovery worker finishes what a crash left.
internal sealed class ReturnReceiving(OrdersDbContext db, ISender sender, IWorkflowFaults faults, TimeProvider clock, IOptions<OrdersOptions> options)
{
    private const int Attempts = 5;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Finishes a receipt this request began and leased; the lease is given back whatever happens.</summary>
    public async Task<OrderReturn> FinishAsync(OrderReturn leased, CancellationToken cancellationToken)
    {
        try
        {
            await RestockAsync(leased, cancellationToken);
            await faults.AfterStepAsync(ReturnSteps.Restock, leased.Id, cancellationToken);
            await RefundAsync(leased, cancellationToken);
            await faults.AfterStepAsync(ReturnSteps.Refund, leased.Id, cancellationToken);
            return await CompleteAsync(leased.Id, cancellationToken);
        }
        catch
        {
            await ReleaseAsync(leased.Id);
            throw;
        }
    }

    /// <summary>Finishes a receipt left receiving, unless another driver holds it; null then.</summary>
    public async Task<OrderReturn?> TryFinishAsync(Guid returnId, CancellationToken cancellationToken) =>
        await LeaseAsync(returnId, cancellationToken) is { } leased ? await FinishAsync(leased, cancellationToken) : null;

    /// <summary>Finishes the receipt, or waits up to <paramref name="wait"/> for its driver; null when it is still running then.</summary>
    public async Task<OrderReturn?> FinishOrAwaitAsync(Guid returnId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (await LeaseAsync(returnId, cancellationToken) is { } leased)
            {
                return await FinishAsync(leased, cancellationToken);
            }

            var current = await db.Returns.AsNoTracking().FirstAsync(r => r.Id == returnId, cancellationToken);
            if (current.Status != ReturnStatus.Receiving)
            {
                return current;
            }

            if (Stopwatch.GetElapsedTime(started) >= wait)
            {
                return null;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<OrderReturn?> LeaseAsync(Guid returnId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var found = await db.Returns.FirstAsync(r => r.Id == returnId, cancellationToken);
        if (found.Status != ReturnStatus.Receiving || !found.TryLease(Now, TimeSpan.FromSeconds(options.Value.LeaseSeconds)))
        {
            return null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return found;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task RestockAsync(OrderReturn leased, CancellationToken cancellationToken) =>
        await sender.Send(new ReceiveReturnedStock(leased.Id, leased.OrderId,
            leased.Receipt.Select(l => new ReturnedStockLine(l.ProductId, l.Warehouse, l.Quantity, l.Disposition)).ToList()), cancellationToken);

    // The amount was fixed when the receipt was saved, so a retry asks for the same refund under the same key.
    private async Task RefundAsync(OrderReturn leased, CancellationToken cancellationToken)
    {
        var paymentId = await db.Orders.AsNoTracking().Where(o => o.Id == leased.OrderId).Select(o => o.PaymentId).FirstAsync(cancellationToken);
        if (leased.RefundMinor <= 0 || paymentId is not { } id)
        {
            return;
        }

        try
        {
            await sender.Send(new RefundPayment(id, new Money(leased.RefundMinor, leased.Currency), "returned", RefundKey(leased.Id)), cancellationToken);
        }
        catch (ProblemException problem) when (problem.Code is PaymentErrorCodes.PaymentNotRefundable or PaymentErrorCodes.RefundExceedsCaptured)
        {
            // Refunded in full by an admin between the receipt and its refund: nothing is left to give back.
            if ((await sender.Send(new GetPayment(id), cancellationToken))?.Status != PaymentStatuses.Refunded)
            {
                throw;
            }
        }
    }

    private async Task<OrderReturn> CompleteAsync(Guid returnId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var done = await db.Returns.FirstAsync(r => r.Id == returnId, cancellationToken);
            var order = await db.Orders.FirstAsync(o => o.Id == done.OrderId, cancellationToken);
            var ledger = await ReturnLedger.ReadAsync(db, order.Id, done.Id, cancellationToken);
            var whole = ReturnRefund.IsWhole(order, ReturnRefund.Add(ledger.Back, ReturnRefund.Sum(done.Receipt, l => l.ProductId, l => l.Quantity)));
            var now = Now;
            if (order.PaymentId is { } paymentId && await sender.Send(new GetPayment(paymentId), cancellationToken) is { } payment
                && payment.Status is PaymentStatuses.PartiallyRefunded or PaymentStatuses.Refunded)
            {
                order.RefundRecorded(payment.Status == PaymentStatuses.Refunded, now);
            }

            if (done.Status == ReturnStatus.Receiving)
            {
                order.ReturnReceived(whole, now);
                done.Received(now);
                done.ReleaseLease();
                var lines = done.Receipt.Select(l => new ReturnedLine(l.ProductId, l.Quantity)).ToList();
                db.Enqueue(new ReturnReceived(done.Id, order.Id, order.CustomerId, lines, new Money(done.RefundMinor, done.Currency), now), now);
                if (whole)
                {
                    db.Enqueue(new OrderReturned(order.Id, order.CustomerId, now), now);
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return done;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The order moved meanwhile (its refund's event, most often): read it again.
            }
        }
    }

    // After a failure: the next driver (a retry, the recovery worker) need not wait for the lease to lapse.
    private async Task ReleaseAsync(Guid returnId)
    {
        db.ChangeTracker.Clear();
        if (await db.Returns.FirstOrDefaultAsync(r => r.Id == returnId, CancellationToken.None) is { LeaseUntil: not null } held)
        {
            held.ReleaseLease();
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another driver took it over meanwhile.
            }
        }
    }

    internal static string RefundKey(Guid returnId) => $"return:{returnId}:refund";
}
