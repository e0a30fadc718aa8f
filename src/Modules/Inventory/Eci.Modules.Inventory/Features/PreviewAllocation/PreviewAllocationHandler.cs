using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.PreviewAllocation;

// An admin names the products, so they are checked against the Catalog as an admin's reserve is.
internal sealed class PreviewAllocationHandler(InventoryDbContext db, StockFigures figures, KnownProducts products)
    : IQueryHandler<PreviewAllocation, AllocationPreview>
{
    public async ValueTask<AllocationPreview> Handle(PreviewAllocation query, CancellationToken cancellationToken)
    {
        var quantities = query.Request.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        await products.EnsureOnSaleAsync(quantities.Keys, "lines", cancellationToken);
        var warehouse = query.Request.Warehouse is null ? null : (await db.ByCodeAsync(query.Request.Warehouse, "warehouse", cancellationToken)).Code;
        var options = (await figures.RowsAsync(quantities.Keys, includeInactive: false, cancellationToken)).Select(r => r.ToOption()).ToList();
        var plan = AllocationPlanner.Plan(quantities, options, warehouse);
        return new AllocationPreview(plan.IsComplete,
            plan.Pieces.Select(p => new ReservationLineDto(p.ProductId, p.WarehouseCode, p.Quantity, p.Rule)).ToList(),
            plan.Shortages.Select(s => new ShortageDto(s.ProductId, s.Requested, s.Available)).ToList());
    }
}
