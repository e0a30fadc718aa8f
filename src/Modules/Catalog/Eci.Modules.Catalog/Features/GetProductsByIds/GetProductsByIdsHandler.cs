using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Catalog.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Features.GetProductsByIds;

internal sealed class GetProductsByIdsHandler(CatalogDbContext db) : IQueryHandler<Contracts.GetProductsByIds, IReadOnlyList<ProductSnapshot>>
{
    public async ValueTask<IReadOnlyList<ProductSnapshot>> Handle(Contracts.GetProductsByIds query, CancellationToken cancellationToken)
    {
        var ids = query.ProductIds.Distinct().ToArray();
        var products = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return products.Select(p => new ProductSnapshot(p.Id, p.Sku, p.Name, p.Category, p.Price, p.IsActive)).ToList();
    }
}
