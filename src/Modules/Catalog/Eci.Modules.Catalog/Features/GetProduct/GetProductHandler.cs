using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Features.GetProduct;

internal sealed class GetProductHandler(CatalogDbContext db) : IQueryHandler<GetProduct, ProductResponse>
{
    // Compiled once: an anonymous read of one product skips building and looking up the query each time.
    private static readonly CompiledPerModel<Func<CatalogDbContext, int, CancellationToken, Task<Product?>>> ById = new(() =>
        EF.CompileAsyncQuery((CatalogDbContext db, int id, CancellationToken _) => db.Products.AsNoTracking().FirstOrDefault(p => p.Id == id)));

    public async ValueTask<ProductResponse> Handle(GetProduct query, CancellationToken cancellationToken)
    {
        var product = await ById.For(db)(db, query.Id, cancellationToken) ?? throw new NotFoundException("Product", query.Id);
        return ProductResponse.From(product);
    }
}
