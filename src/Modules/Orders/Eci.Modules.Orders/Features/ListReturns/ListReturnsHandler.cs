using Eci.Modules.Orders.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.ListReturns;

internal sealed class ListReturnsHandler(OrdersDbContext db) : IQueryHandler<ListReturns, Page<ReturnResponse>>
{
    public async ValueTask<Page<ReturnResponse>> Handle(ListReturns query, CancellationToken cancellationToken)
    {
        var returns = db.Returns.AsNoTracking();
        if (query.Status is { } status)
        {
            returns = returns.Where(r => r.Status == status);
        }

        return await returns.ToPageAsync(q => q.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id), query.Paging, ReturnResponse.From, cancellationToken);
    }
}
