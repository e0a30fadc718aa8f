using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetOrderView;

internal sealed class GetOrderViewHandler(OrdersDbContext db) : IQueryHandler<Contracts.GetOrderView, OrderView?>
{
    public async ValueTask<OrderView?> Handle(Contracts.GetOrderView query, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.OrderId, cancellationToken) is { } order
            ? OrderViews.From(order)
            : null;
}
