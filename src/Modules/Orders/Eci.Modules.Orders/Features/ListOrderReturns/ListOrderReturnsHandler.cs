using Eci.Modules.Orders.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.ListOrderReturns;

internal sealed class ListOrderReturnsHandler(OrdersDbContext db) : IQueryHandler<ListOrderReturns, Page<ReturnResponse>>
{
    public async ValueTask<Page<ReturnResponse>> Handle(ListOrderReturns query, CancellationToken cancellationToken)
    {
        await db.Orders.AsNoTracking().FindVisibleAsync(o => o.Id == query.OrderId, query.Caller, o => o.CustomerId, "Order", query.OrderId, cancellationToken);
        return await db.Returns.AsNoTracking().Where(r => r.OrderId == query.OrderId)
            .ToPageAsync(q => q.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id), query.Paging, ReturnResponse.From, cancellationToken);
    }
}
