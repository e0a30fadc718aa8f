using System.Text.Json.Serialization;
using Eci.Modules.Catalog.Features.CreateProduct;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.UpdateProduct;

/// <summary>Replaces a product's fields; an omitted description, currency or is_active keeps its current value.</summary>
internal sealed record UpdateProduct(
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    bool? IsActive) : ICommand<ProductResponse>, IProductInput
{
    [JsonIgnore]
    public int Id { get; init; }
}

internal sealed class UpdateProductHandler(CatalogDbContext db, CatalogReadCache cache, TimeProvider clock, IOptions<CatalogOptions> options)
    : ICommandHandler<UpdateProduct, ProductResponse>
{
    public async ValueTask<ProductResponse> Handle(UpdateProduct command, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException("Product", command.Id);
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
