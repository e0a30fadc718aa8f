using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.ChangeOrderStatus;

internal sealed class ChangeOrderStatusHandler(OrdersDbContext db, PlaceOrderWorkflow workflow, ISender sender, TimeProvider clock)
    : ICommandHandler<ChangeOrderStatus, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(ChangeOrderStatus command, CancellationToken cancellationToken)
    {
        switch (command.Status)
        {
            case OrderStatus.Cancelled:
                return OrderResponse.From(await workflow.CancelAsync(command.Id, CancellationReasons.AdminCancelled, command.IfMatch, cancellationToken));
            case OrderStatus.Completed:
                var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken) ?? throw new NotFoundException("Order", command.Id);
                command.IfMatch?.Ensure(order.Version);
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
}
