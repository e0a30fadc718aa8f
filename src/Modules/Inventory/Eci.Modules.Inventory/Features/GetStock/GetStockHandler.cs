using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Features.GetStock;

internal sealed class GetStockHandler(InventoryDbContext db, StockFigures figures, IOptions<InventoryOptions> options)
    : IQueryHandler<GetStock, StockResponse>
{
    public async ValueTask<StockResponse> Handle(GetStock query, CancellationToken cancellationToken)
    {
        var rows = await figures.RowsAsync([query.ProductId], includeInactive: true, cancellationToken);
        var total = StockFigures.Summarize(query.ProductId, rows);
        var threshold = await db.Thresholds.AsNoTracking().Where(t => t.ProductId == query.ProductId)
            .Select(t => (int?)t.Threshold).FirstOrDefaultAsync(cancellationToken) ?? options.Value.LowStockThreshold;
        var inTransit = await db.Transfers.AsNoTracking().Where(t => t.ProductId == query.ProductId && t.Status == TransferStatuses.InTransit)
            .SumAsync(t => (long)t.Quantity, cancellationToken);
        return new StockResponse(query.ProductId, total.OnHand, total.Reserved, total.Committed, total.Available, threshold,
            rows.Select(r => new StockRowResponse(r.Warehouse, r.IsActive, r.OnHand, r.Reserved, r.Committed, r.Available)).ToList(), inTransit);
    }
}
