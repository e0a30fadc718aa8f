using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Features.GetProductsByIds;

internal sealed class GetProductsByIdsHandler(CatalogDbContext db) : IQueryHandler<Contracts.GetProductsByIds, IReadOnlyList<ProductSnapshot>>
{
    // Compiled: every checkout reads its products.
    private static readonly CompiledPerModel<Func<CatalogDbContext, int[], IAsyncEnumerable<Product>>> ByIds = new(() =>
        EF.CompileAsyncQuery<CatalogDbContext, int[], Product>((db, ids) => db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id)));

    public async ValueTask<IReadOnlyList<ProductSnapshot>> Handle(Contracts.GetProductsByIds query, CancellationToken cancellationToken)
    {
        var products = await ByIds.For(db)(db, query.ProductIds.Distinct().ToArray()).ToListAsync(cancellationToken);
        return products.Select(p => new ProductSnapshot(p.Id, p.Sku, p.Name, p.Category, p.Price, p.IsActive)).ToList();
    }
}
