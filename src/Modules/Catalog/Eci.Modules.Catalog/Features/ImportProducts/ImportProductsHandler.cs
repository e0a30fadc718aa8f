using System.Globalization;
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

/// <summary>A seed product that passed the same rules as the API.</summary>
internal sealed record ProductSeedRow(int Line, int Id, ProductDetails Details) : ISeedRow
{
    public string Key => Product.KeyOf(Details.Sku);

    public static (ProductSeedRow? Row, string? Reason) Parse(CsvRow row, ProductInputValidator<Input> validator, string currency)
    {
        if (!int.TryParse(row["product_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return (null, $"product_id '{row["product_id"]}' is not a positive integer.");
        }

        if (!decimal.TryParse(row["price"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price))
        {
            return (null, $"price '{row["price"]}' is not a non-negative decimal number.");
        }

        if (!bool.TryParse(row["is_active"], out var active))
        {
            return (null, $"is_active '{row["is_active"]}' is not True or False.");
        }

        var input = new Input(row["sku"], row["name"], null, row["category"], price, currency, active);
        var result = validator.Validate(input);
        return result.IsValid
            ? (new ProductSeedRow(row.Line, id, input.ToDetails(currency)), null)
            : (null, string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
    }

    internal sealed record Input(string? Sku, string? Name, string? Description, string? Category, decimal? Price, string? Currency, bool? IsActive)
        : IProductInput;
}
