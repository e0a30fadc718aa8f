using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Csv;
using Eci.Shared.Persistence;
using Eci.Shared.Seeding;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.ImportProducts;

internal sealed class ImportProductsHandler(CatalogDbContext db, CatalogReadCache cache, TimeProvider clock, IOptions<CatalogOptions> options)
    : ICommandHandler<Contracts.ImportProducts, ImportReport>
{
    private static readonly string[] Columns = ["product_id", "sku", "name", "category", "price", "is_active"];

    public async ValueTask<ImportReport> Handle(Contracts.ImportProducts command, CancellationToken cancellationToken)
    {
        var rows = await CsvFile.ReadAsync(command.CsvPath, Columns, cancellationToken);
        var rejected = new List<ImportRejection>();
        var validator = new ProductInputValidator<ProductSeedRow.Input>(options.Value.DefaultCurrency);
        var candidates = SeedImport.Accept(rows, row => ProductSeedRow.Parse(row, validator, options.Value.DefaultCurrency),
            "product_id", "SKU", rejected);

        var ids = candidates.Select(c => c.Id).ToArray();
        var keys = candidates.Select(c => c.Key).ToArray();
        var stored = await db.Products.Where(p => ids.Contains(p.Id) || keys.Contains(p.SkuKey)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var (inserted, updated, unchanged) = SeedImport.Reconcile(candidates, stored, p => p.Id, p => p.SkuKey,
            insert: row => db.Products.Add(Product.Create(row.Details, now, row.Id)),
            update: (product, row) => product.Update(row.Details, now),
            "product", "SKU", rejected);

        await db.SaveChangesAsync(cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        await db.ResyncIdentityAsync(CatalogDbContext.Schema, "products", "id", cancellationToken);
        return new ImportReport(Path.GetFileName(command.CsvPath), inserted, updated, unchanged, rejected.OrderBy(r => r.Row).ToList());
    }
}
