using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.ListTransfers;

internal sealed class ListTransfersHandler(InventoryDbContext db, TransferStore transfers) : IQueryHandler<ListTransfers, Page<TransferResponse>>
{
    public async ValueTask<Page<TransferResponse>> Handle(ListTransfers query, CancellationToken cancellationToken)
    {
        var matching = db.Transfers.AsNoTracking()
            .WhereIf(query.Status is not null, t => t.Status == query.Status)
            .WhereIf(query.ProductId is not null, t => t.ProductId == query.ProductId);
        var response = await transfers.ResponsesAsync(cancellationToken);
        return await matching.ToPageAsync(q => q.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id), query.Paging, response, cancellationToken);
    }
}
