using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.CancelOrder;

internal sealed class CancelOrderHandler(OrdersDbContext db, PlaceOrderWorkflow workflow) : ICommandHandler<CancelOrder, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(CancelOrder command, CancellationToken cancellationToken)
    {
        await db.Orders.AsNoTracking().FindVisibleAsync(o => o.Id == command.Id, command.Caller, o => o.CustomerId, "Order", command.Id, cancellationToken);
        return OrderResponse.From(await workflow.CancelAsync(command.Id, CancellationReasons.CustomerCancelled, cancellationToken));
    }
}
