using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Errors;
using Mediator;

namespace Eci.Modules.Catalog.Features.DeactivateProduct;

internal sealed class DeactivateProductHandler(CatalogDbContext db, CatalogReadCache cache, TimeProvider clock) : ICommandHandler<DeactivateProduct>
{
    public async ValueTask<Unit> Handle(DeactivateProduct command, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException("Product", command.Id);
        if (product.Deactivate(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
            await cache.InvalidateAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
