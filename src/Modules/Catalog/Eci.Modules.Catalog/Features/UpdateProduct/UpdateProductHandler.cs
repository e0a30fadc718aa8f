using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.UpdateProduct;

internal sealed class UpdateProductHandler(CatalogDbContext db, CatalogReadCache cache, TimeProvider clock, IOptions<CatalogOptions> options)
    : ICommandHandler<UpdateProduct, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(UpdateProduct command, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException("Product", command.Id);
        command.IfMatch?.Ensure(product.Version);
        var details = command.ToDetails(options.Value.DefaultCurrency, product);
        await SkuGuard.EnsureFreeAsync(db, details.Sku, exceptId: product.Id, cancellationToken);
        if (product.Update(details, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
            await cache.InvalidateAsync(cancellationToken);
        }

        return ProductResponse.From(product);
    }
}
