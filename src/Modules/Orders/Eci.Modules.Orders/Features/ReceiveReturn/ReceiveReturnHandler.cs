using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Features.ReceiveReturn;

// Saves the receipt and its refund first (the return becomes receiving, leased to this request), then lets
// ReturnReceiving put the units back and refund them. A retry with the same key finds the same return and finishes or
// awaits it, so it is answered with the same outcome.
internal sealed class ReceiveReturnHandler(
    OrdersDbContext db, ISender sender, ReturnReceiving receiving, IdempotentExecutor idempotency, TimeProvider clock, IOptions<OrdersOptions> options)
    : ICommandHandler<ReceiveReturn, ReturnResponse>
{
    public async ValueTask<ReturnResponse> Handle(ReceiveReturn command, CancellationToken cancellationToken)
    {
        if (!await db.Returns.AsNoTracking().AnyAsync(r => r.Id == command.Id, cancellationToken))
        {
            throw new NotFoundException("Return", command.Id);
        }

        await EnsureWarehousesExistAsync(command, cancellationToken);
        OrderReturn? begun = null;
        var request = new IdempotentRequest(command.IdempotencyKey, "admin", nameof(ReceiveReturn), command with { IdempotencyKey = null });
        try
        {
            await idempotency.ExecuteAsync(db, request, async ct =>
            {
                begun = await BeginAsync(command, ct);
                return begun.Id;
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(OrderErrorCodes.OrderBusy, $"The order of return {command.Id} changed while it was being received; try again.");
        }

        var finished = begun is not null && db.Entry(begun).State == EntityState.Unchanged
            ? await receiving.FinishAsync(begun, cancellationToken)
            : await receiving.FinishOrAwaitAsync(command.Id, TimeSpan.FromSeconds(options.Value.ReplayWaitSeconds), cancellationToken)
                ?? throw new IdempotencyKeyInFlightException();
        return ReturnResponse.From(finished);
    }

    private async Task<OrderReturn> BeginAsync(ReceiveReturn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.Returns.FirstAsync(r => r.Id == command.Id, cancellationToken);
        var order = await db.Orders.FirstAsync(o => o.Id == found.OrderId, cancellationToken);
        if (found.Status != ReturnStatus.Requested)
        {
            throw new ConflictException(ReturnErrorCodes.ReturnClosed, $"Return {found.Id} is {found.Status}; it can be received once.");
        }

        var arriving = ReturnRefund.Sum(command.Lines!, l => l.ProductId!.Value, l => l.Quantity!.Value);
        var asked = ReturnRefund.Sum(found.Lines, l => l.ProductId, l => l.Quantity);
        if (arriving.FirstOrDefault(a => a.Value > asked.GetValueOrDefault(a.Key)) is { Key: > 0 } over)
        {
            throw new ReturnRefusedException(ReturnErrorCodes.ReceiptExceedsReturn,
                $"Product {over.Key}: {over.Value} received, but return {found.Id} asked for {asked.GetValueOrDefault(over.Key)}.");
        }

        var ledger = await ReturnLedger.ReadAsync(db, order.Id, found.Id, cancellationToken);
        var refund = Math.Min(ReturnRefund.Compute(order, ledger.Back, arriving), await RefundableAsync(order, cancellationToken));
        found.BeginReceiving(
            command.Lines!.Select(l => new ReturnReceiptLine(l.ProductId!.Value, l.Quantity!.Value, l.Disposition!, l.Warehouse!.Trim().ToUpperInvariant())),
            refund, now);
        found.TryLease(now, TimeSpan.FromSeconds(options.Value.LeaseSeconds));
        order.ReturnsChanged(now);
        return found;
    }

    // What is left of the order's payment, so that a return never asks to refund money an admin gave back already.
    private async Task<long> RefundableAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.PaymentId is not { } paymentId || await sender.Send(new GetPayment(paymentId), cancellationToken) is not { } payment)
        {
            return 0;
        }

        return payment.Status is PaymentStatuses.Succeeded or PaymentStatuses.PartiallyRefunded ? payment.Amount.Minor - payment.Refunded.Minor : 0;
    }

    private async Task EnsureWarehousesExistAsync(ReceiveReturn command, CancellationToken cancellationToken)
    {
        var unknown = await sender.Send(new FindUnknownWarehouses(command.Lines!.Select(l => l.Warehouse!).ToList()), cancellationToken);
        if (unknown.Count > 0)
        {
            throw new ValidationException(command.Lines!.Select((l, i) => (l, i)).Where(x => unknown.Contains(x.l.Warehouse!))
                .Select(x => new ValidationFailure($"lines[{x.i}].warehouse", $"There is no warehouse '{x.l.Warehouse}'.")));
        }
    }
}
