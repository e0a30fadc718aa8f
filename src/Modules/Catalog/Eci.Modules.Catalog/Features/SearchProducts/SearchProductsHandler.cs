using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Features.SearchProducts;

internal sealed class SearchProductsHandler(CatalogDbContext db) : IQueryHandler<Contracts.SearchProducts, Page<ProductSnapshot>>
{
    public async ValueTask<Page<ProductSnapshot>> Handle(Contracts.SearchProducts query, CancellationToken cancellationToken)
    {
        var text = query.Text?.Trim();
        var name = text?.ToUpperInvariant();
        var sku = text is { Length: > 0 } ? Product.KeyOf(text) : null;
        return await db.Products.AsNoTracking()
            .WhereIf(!string.IsNullOrEmpty(text), p => p.SearchName.Contains(name!) || p.SkuKey == sku)
            .ToPageAsync(q => q.OrderBy(p => p.Id), query.Paging, p => new ProductSnapshot(p.Id, p.Sku, p.Name, p.Category, p.Price, p.IsActive), cancellationToken);
    }
}
