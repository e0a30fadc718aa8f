using Eci.Modules.Inventory.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Features.OperatorStock;

internal sealed class GetStockAuditHandler(ISender sender) : IQueryHandler<GetStockAudit, StockAuditResult>
{
    public async ValueTask<StockAuditResult> Handle(GetStockAudit query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new AuditStock.AuditStock(), cancellationToken);
        return new StockAuditResult(report.Consistent, report.StockItems, report.Movements, report.Drift.Count);
    }
}
