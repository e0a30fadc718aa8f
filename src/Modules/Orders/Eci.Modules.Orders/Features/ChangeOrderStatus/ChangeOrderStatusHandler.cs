using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Orders.Workflow;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.ChangeStatus;

/// <summary>
/// An admin moves an order by hand: <c>cancelled</c> (refunds and restocks a paid order) or <c>completed</c> (a
/// fulfilling order). Anything else is an illegal transition.
/// </summary>
internal sealed record ChangeOrderStatus(Guid Id, string? Status, string? Reason) : ICommand<OrderResponse>;

/// <summary>The customer cancels their own order before it ships.</summary>
internal sealed record CancelOrder(Guid Id, Caller Caller) : ICommand<OrderResponse>;

internal sealed class ChangeOrderStatusHandlers(OrdersDbContext db, PlaceOrderWorkflow workflow, ISender sender, TimeProvider clock)
    : ICommandHandler<ChangeOrderStatus, OrderResponse>, ICommandHandler<CancelOrder, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(ChangeOrderStatus command, CancellationToken cancellationToken)
    {
        switch (command.Status)
        {
            case OrderStatus.Cancelled:
                return OrderResponse.From(await workflow.CancelAsync(command.Id, CancellationReasons.AdminCancelled, cancellationToken));
            case OrderStatus.Completed:
                var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken) ?? throw new NotFoundException("Order", command.Id);
                if (order.Status != OrderStatus.Completed)
                {
                    if (order.Status == OrderStatus.Fulfilling && order.ReservationId is { } reservationId)
                    {
                        // Completed by hand means the goods are gone: the committed stock leaves the shelf.
                        await sender.Send(new ShipReservation(reservationId), cancellationToken);
                    }

                    var now = clock.GetUtcNow().UtcDateTime;
                    order.Completed(now);
                    db.Enqueue(new OrderCompleted(order.Id, order.CustomerId, now), now);
                    await db.SaveChangesAsync(cancellationToken);
                }

                return OrderResponse.From(order);
            default:
                _ = await db.Orders.AsNoTracking().AnyAsync(o => o.Id == command.Id, cancellationToken) ? 0 : throw new NotFoundException("Order", command.Id);
                throw new ConflictException("illegal_transition", $"An order cannot be set to '{command.Status}' by hand; only cancelled or completed.");
        }
    }

    public async ValueTask<OrderResponse> Handle(CancelOrder command, CancellationToken cancellationToken)
    {
        var owner = await db.Orders.AsNoTracking().Where(o => o.Id == command.Id).Select(o => (int?)o.CustomerId).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !command.Caller.MayActFor(owner.Value))
        {
            throw new NotFoundException("Order", command.Id);
        }

        return OrderResponse.From(await workflow.CancelAsync(command.Id, CancellationReasons.CustomerCancelled, cancellationToken));
    }
}

internal sealed class ChangeOrderStatusValidator : AbstractValidator<ChangeOrderStatus>
{
    public ChangeOrderStatusValidator()
    {
        RuleFor(x => x.Status).NotEmpty().Must(s => s is null || OrderStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", OrderStatus.All)}.");
        RuleFor(x => x.Reason).MaximumLength(200);
    }
}
