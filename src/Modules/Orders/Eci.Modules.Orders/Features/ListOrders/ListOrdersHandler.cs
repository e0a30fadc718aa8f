using Eci.Modules.Orders.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.ListOrders;

internal sealed class ListOrdersHandler(OrdersDbContext db) : IQueryHandler<ListOrders, Page<OrderResponse>>
{
    public async ValueTask<Page<OrderResponse>> Handle(ListOrders query, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking().VisibleTo(query.Caller, o => o.CustomerId);
        if (query.Caller.IsAdmin && query.CustomerId is { } customer)
        {
            orders = orders.Where(o => o.CustomerId == customer);
        }

        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        return await orders.ToPageAsync(q => q.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id), query.Paging, OrderResponse.From, cancellationToken);
    }
}
