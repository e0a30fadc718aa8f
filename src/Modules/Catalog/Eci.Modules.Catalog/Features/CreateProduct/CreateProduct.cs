using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.CreateProduct;

internal sealed record CreateProduct(
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    bool? IsActive) : ICommand<ProductResponse>, IProductInput;

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

internal static class SkuGuard
{
    /// <summary>Answers a clear 409 for a taken SKU; the unique index still guards the race between check and insert.</summary>
    public static async Task EnsureFreeAsync(CatalogDbContext db, string sku, int? exceptId, CancellationToken cancellationToken)
    {
        var key = Product.KeyOf(sku);
        var taken = await db.Products.AnyAsync(p => p.SkuKey == key && p.Id != exceptId, cancellationToken);
        if (taken)
        {
            throw new ConflictException("duplicate_sku", $"A product with SKU '{sku.Trim()}' already exists.");
        }
    }
}
