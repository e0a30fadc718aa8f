using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Features.GetProduct;

internal sealed class GetProductHandler(CatalogDbContext db) : IQueryHandler<GetProduct, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(GetProduct query, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Product", query.Id);
        return ProductResponse.From(product);
    }
}
