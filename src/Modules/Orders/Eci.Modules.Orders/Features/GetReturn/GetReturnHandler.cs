using Eci.Modules.Orders.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetReturn;

internal sealed class GetReturnHandler(OrdersDbContext db) : IQueryHandler<GetReturn, ReturnResponse>
{
    public async ValueTask<ReturnResponse> Handle(GetReturn query, CancellationToken cancellationToken) =>
        ReturnResponse.From(await db.Returns.AsNoTracking()
            .FindVisibleAsync(r => r.Id == query.Id, query.Caller, r => r.CustomerId, "Return", query.Id, cancellationToken));
}
