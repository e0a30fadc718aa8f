using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.CreateProduct;

internal sealed class CreateProductHandler(CatalogDbContext db, CatalogReadCache cache, TimeProvider clock, IOptions<CatalogOptions> options)
    : ICommandHandler<CreateProduct, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(CreateProduct command, CancellationToken cancellationToken)
    {
        var details = command.ToDetails(options.Value.DefaultCurrency);
        await SkuGuard.EnsureFreeAsync(db, details.Sku, exceptId: null, cancellationToken);
        var product = Product.Create(details, clock.GetUtcNow().UtcDateTime);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        return ProductResponse.From(product);
    }
}
