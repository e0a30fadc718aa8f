using Eci.Modules.Orders.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetOrder;

internal sealed class GetOrderHandler(OrdersDbContext db) : IQueryHandler<GetOrder, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(GetOrder query, CancellationToken cancellationToken) =>
        OrderResponse.From(await db.Orders.AsNoTracking()
            .FindVisibleAsync(o => o.Id == query.Id, query.Caller, o => o.CustomerId, "Order", query.Id, cancellationToken));
}
