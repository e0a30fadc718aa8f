using Eci.Modules.Catalog.Domain;
using Eci.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Persistence;

internal static class SkuGuard
{
    // Answers a clear 409 for a taken SKU; the unique index still guards the race between check and insert.
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
