using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.ListIncoming;

internal sealed class ListIncomingHandler(InventoryDbContext db, IncomingStore incoming) : IQueryHandler<ListIncoming, Page<IncomingResponse>>
{
    public async ValueTask<Page<IncomingResponse>> Handle(ListIncoming query, CancellationToken cancellationToken)
    {
        var matching = db.Incoming.AsNoTracking()
            .WhereIf(query.Status is not null, i => i.Status == query.Status)
            .WhereIf(query.ProductId is not null, i => i.ProductId == query.ProductId);
        var response = await incoming.ResponsesAsync(cancellationToken);
        return await matching.ToPageAsync(q => q.OrderBy(i => i.ExpectedAt).ThenBy(i => i.Id), query.Paging, response, cancellationToken);
    }
}
