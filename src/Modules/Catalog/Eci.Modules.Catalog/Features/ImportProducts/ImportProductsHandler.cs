using System.Globalization;
using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Csv;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.ImportProducts;

internal sealed class ImportProductsHandler(CatalogDbContext db, TimeProvider clock, IOptions<CatalogOptions> options)
    : ICommandHandler<Contracts.ImportProducts, ImportReport>
{
    private static readonly string[] Columns = ["product_id", "sku", "name", "category", "price", "is_active"];

    public async ValueTask<ImportReport> Handle(Contracts.ImportProducts command, CancellationToken cancellationToken)
    {
        var rows = await CsvFile.ReadAsync(command.CsvPath, Columns, cancellationToken);
        var rejected = new List<ImportRejection>();
        var candidates = ProductSeedRow.Parse(rows, options.Value.DefaultCurrency, rejected);

        var ids = candidates.Select(c => c.Id).ToArray();
        var keys = candidates.Select(c => Product.KeyOf(c.Details.Sku)).ToArray();
        var existing = await db.Products
            .Where(p => ids.Contains(p.Id) || keys.Contains(p.SkuKey))
            .ToListAsync(cancellationToken);
        var byId = existing.ToDictionary(p => p.Id);
        var bySku = existing.ToDictionary(p => p.SkuKey);

        var now = clock.GetUtcNow().UtcDateTime;
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var candidate in candidates)
        {
            var key = Product.KeyOf(candidate.Details.Sku);
            byId.TryGetValue(candidate.Id, out var sameId);
            bySku.TryGetValue(key, out var sameSku);
            if (sameSku is not null && sameSku.Id != candidate.Id)
            {
                rejected.Add(new(candidate.Line, $"SKU '{candidate.Details.Sku}' already belongs to product {sameSku.Id}."));
            }
            else if (sameId is not null && sameId.SkuKey != key)
            {
                rejected.Add(new(candidate.Line, $"product_id {candidate.Id} already belongs to SKU '{sameId.Sku}'."));
            }
            else if (sameId is null)
            {
                db.Products.Add(Product.Create(candidate.Details, now, candidate.Id));
                inserted++;
            }
            else if (sameId.Update(candidate.Details, now))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.ResyncIdentityAsync(CatalogDbContext.Schema, "products", "id", cancellationToken);
        return new ImportReport(Path.GetFileName(command.CsvPath), inserted, updated, unchanged,
            rejected.OrderBy(r => r.Row).ToList());
    }
}

/// <summary>A seed row that passed validation.</summary>
internal sealed record ProductSeedRow(int Line, int Id, ProductDetails Details)
{
    /// <summary>Validates each row with the same rules as the API; keeps the first of duplicate ids and SKUs.</summary>
    public static List<ProductSeedRow> Parse(IEnumerable<CsvRow> rows, string currency, List<ImportRejection> rejected)
    {
        var validator = new ProductInputValidator<SeedProduct>(currency);
        var accepted = new List<ProductSeedRow>();
        var firstLineById = new Dictionary<int, int>();
        var firstLineBySku = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var reason = Check(row, validator, currency, out var parsed);
            if (reason is null && firstLineById.TryGetValue(parsed!.Id, out var idLine))
            {
                reason = $"duplicate product_id {parsed.Id} (first on line {idLine}).";
            }
            else if (reason is null && firstLineBySku.TryGetValue(Product.KeyOf(parsed!.Details.Sku), out var skuLine))
            {
                reason = $"duplicate SKU '{parsed.Details.Sku}' (first on line {skuLine}).";
            }

            if (reason is not null)
            {
                rejected.Add(new(row.Line, reason));
                continue;
            }

            firstLineById[parsed!.Id] = row.Line;
            firstLineBySku[Product.KeyOf(parsed.Details.Sku)] = row.Line;
            accepted.Add(parsed);
        }

        return accepted;
    }

    private static string? Check(CsvRow row, ProductInputValidator<SeedProduct> validator, string currency, out ProductSeedRow? parsed)
    {
        parsed = null;
        if (!int.TryParse(row["product_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return $"product_id '{row["product_id"]}' is not a positive integer.";
        }

        if (!decimal.TryParse(row["price"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price))
        {
            return $"price '{row["price"]}' is not a non-negative decimal number.";
        }

        if (!bool.TryParse(row["is_active"], out var active))
        {
            return $"is_active '{row["is_active"]}' is not True or False.";
        }

        var input = new SeedProduct(row["sku"], row["name"], null, row["category"], price, currency, active);
        var result = validator.Validate(input);
        if (!result.IsValid)
        {
            return string.Join(" ", result.Errors.Select(e => e.ErrorMessage));
        }

        parsed = new ProductSeedRow(row.Line, id, input.ToDetails(currency));
        return null;
    }

    private sealed record SeedProduct(string? Sku, string? Name, string? Description, string? Category, decimal? Price, string? Currency, bool? IsActive)
        : IProductInput;
}
