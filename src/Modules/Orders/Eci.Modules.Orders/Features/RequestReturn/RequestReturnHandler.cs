using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.FollowShipment;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Features.RequestReturn;

// The checks run inside the keyed step, so that a retry of a return that was created replays it rather than being
// refused for the units it asked for itself.
internal sealed class RequestReturnHandler(
    OrdersDbContext db, IdempotentExecutor idempotency, IValidator<ReturnRequestBody> validator, WholeParcelReturn parcels, TimeProvider clock,
    IOptions<OrdersOptions> options)
    : ICommandHandler<RequestReturn, ReturnResponse>
{
    public async ValueTask<ReturnResponse> Handle(RequestReturn command, CancellationToken cancellationToken)
    {
        var visible = await db.Orders.AsNoTracking()
            .FindVisibleAsync(o => o.Id == command.OrderId, command.Caller, o => o.CustomerId, "Order", command.OrderId, cancellationToken);
        await validator.ValidateAndThrowAsync(new ReturnRequestBody(command.Lines, command.IdempotencyKey), cancellationToken);
        var scope = command.Caller.IsAdmin ? "admin" : $"customer:{visible.CustomerId}";
        var request = new IdempotentRequest(command.IdempotencyKey, scope, nameof(RequestReturn), command with { IdempotencyKey = null, Caller = Caller.Anonymous });
        try
        {
            return await idempotency.ExecuteAsync(db, request, async ct =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var order = await db.Orders.FirstAsync(o => o.Id == command.OrderId, ct);
                EnsureReturnable(order, command.Caller, now);
                var asked = ReturnRefund.Sum(command.Lines!, l => l.ProductId!.Value, l => l.Quantity!.Value);
                var ledger = await ReturnLedger.ReadAsync(db, order.Id, except: null, ct);
                await EnsureNotBackWholeAsync(order, ledger, ct);
                EnsureWithinDelivered(order, asked, ledger);

                var refund = ReturnRefund.Compute(order, ReturnRefund.Add(ledger.Back, ledger.Asked), asked);
                var lines = command.Lines!.Select(l => new ReturnLine(l.ProductId!.Value, l.Quantity!.Value, l.Reason?.Trim())).ToList();
                var created = OrderReturn.Request(order, lines, refund, now);
                db.Returns.Add(created);
                order.ReturnsChanged(now);
                db.Enqueue(new ReturnRequested(created.Id, order.Id, order.CustomerId, lines.Select(l => new ReturnedLine(l.ProductId, l.Quantity)).ToList(),
                    new Money(refund, order.Currency), now), now);
                return ReturnResponse.From(created);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(OrderErrorCodes.OrderBusy, $"Order {command.OrderId} changed while the return was asked for; try again.");
        }
    }

    private void EnsureReturnable(Order order, Caller caller, DateTime now)
    {
        if (!order.MayBeReturned)
        {
            throw new ReturnRefusedException(ReturnErrorCodes.OrderNotReturnable, $"Order {order.Id} is {order.Status}; only a delivered order can be returned.");
        }

        var deliveredAt = order.CompletedAt ?? order.UpdatedAt;
        if (!caller.IsAdmin && now > deliveredAt.AddDays(options.Value.ReturnWindowDays))
        {
            throw new ReturnRefusedException(ReturnErrorCodes.ReturnWindowClosed,
                $"Order {order.Id} was delivered on {deliveredAt:yyyy-MM-dd}; returns close {options.Value.ReturnWindowDays} days after delivery.");
        }
    }

    // The returns and parcels are read after the order: the parcels' return that claimed the order before that read is
    // seen here, and one that claims it after makes this return's save fail on the version (WholeParcelReturn).
    private async Task EnsureNotBackWholeAsync(Order order, ReturnLedger ledger, CancellationToken cancellationToken)
    {
        if (await parcels.DueAsync(order, ledger.AnyOpen, cancellationToken))
        {
            throw new ReturnRefusedException(ReturnErrorCodes.OrderNotReturnable,
                $"Order {order.Id} came back whole from the carrier; it is being returned in full.");
        }
    }

    private static void EnsureWithinDelivered(Order order, IReadOnlyDictionary<int, int> asked, ReturnLedger ledger)
    {
        var delivered = ReturnRefund.Delivered(order);
        foreach (var (product, quantity) in asked)
        {
            var left = delivered.GetValueOrDefault(product) - ledger.Back.GetValueOrDefault(product) - ledger.Asked.GetValueOrDefault(product);
            if (quantity > left)
            {
                throw new ReturnRefusedException(ReturnErrorCodes.ReturnExceedsDelivered,
                    $"Product {product}: {quantity} asked for, but only {Math.Max(left, 0)} of order {order.Id} can still be returned.")
                {
                    Extensions = { ["product_id"] = product, ["returnable"] = Math.Max(left, 0) },
                };
            }
        }
    }
}
