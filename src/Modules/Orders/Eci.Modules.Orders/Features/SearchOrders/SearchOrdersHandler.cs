using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.SearchOrders;

internal sealed class SearchOrdersHandler(OrdersDbContext db) : IQueryHandler<Contracts.SearchOrders, Page<OrderView>>
{
    public async ValueTask<Page<OrderView>> Handle(Contracts.SearchOrders query, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking()
            .WhereIf(query.CustomerId is not null, o => o.CustomerId == query.CustomerId)
            .WhereIf(query.Status is not null, o => o.Status == query.Status)
            .WhereIf(query.PlacedFrom is not null, o => o.CreatedAt >= query.PlacedFrom)
            .WhereIf(query.PlacedBefore is not null, o => o.CreatedAt < query.PlacedBefore)
            .ToPageAsync(q => q.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id), query.Paging, OrderViews.From, cancellationToken);
}
