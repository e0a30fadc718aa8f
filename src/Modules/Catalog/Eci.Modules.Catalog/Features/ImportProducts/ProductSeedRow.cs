using System.Globalization;
using Eci.Modules.Catalog.Domain;
using Eci.Shared.Csv;
using Eci.Shared.Seeding;

namespace Eci.Modules.Catalog.Features.ImportProducts;

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
