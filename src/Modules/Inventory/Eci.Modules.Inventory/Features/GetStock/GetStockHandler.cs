using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Eci.Modules.Inventory.Stock;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Features.GetStock;

/// <summary>A product's stock per warehouse (inactive ones included) and in total, with its low-stock threshold.</summary>
internal sealed record GetStock(int ProductId) : IQuery<StockResponse>;

internal sealed record StockResponse(int ProductId, long OnHand, long Reserved, long Committed, long Available, int LowStockThreshold, IReadOnlyList<StockRowResponse> Warehouses);

internal sealed record StockRowResponse(string Warehouse, bool IsActive, int OnHand, int Reserved, int Committed, int Available);

internal sealed class GetStockHandler(InventoryDbContext db, StockFigures figures, IOptions<InventoryOptions> options)
    : IQueryHandler<GetStock, StockResponse>, IQueryHandler<GetAvailability, IReadOnlyList<ProductAvailability>>
{
    public async ValueTask<StockResponse> Handle(GetStock query, CancellationToken cancellationToken)
    {
        var rows = await figures.RowsAsync([query.ProductId], includeInactive: true, cancellationToken);
        var total = StockFigures.Summarize(query.ProductId, rows);
        var threshold = await db.Thresholds.AsNoTracking().Where(t => t.ProductId == query.ProductId)
            .Select(t => (int?)t.Threshold).FirstOrDefaultAsync(cancellationToken) ?? options.Value.LowStockThreshold;
        return new StockResponse(query.ProductId, total.OnHand, total.Reserved, total.Committed, total.Available, threshold,
            rows.Select(r => new StockRowResponse(r.Warehouse, r.IsActive, r.OnHand, r.Reserved, r.Committed, r.Available)).ToList());
    }

    public async ValueTask<IReadOnlyList<ProductAvailability>> Handle(GetAvailability query, CancellationToken cancellationToken) =>
        await figures.ForProductsAsync(query.ProductIds, cancellationToken);
}

internal sealed class GetAvailabilityValidator : AbstractValidator<GetAvailability>
{
    public GetAvailabilityValidator()
    {
        RuleFor(x => x.ProductIds).NotNull();
        RuleFor(x => x.ProductIds.Count).LessThanOrEqualTo(GetAvailability.MaxIds).OverridePropertyName("product_ids")
            .When(x => x.ProductIds is not null);
    }
}
