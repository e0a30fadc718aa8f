using System.Text.Json;
using Eci.Modules.Catalog.Features;
using Eci.Shared.Contracts;
using Eci.Shared.Http;
using Xunit;

namespace Eci.Modules.Catalog.Tests;

/// <summary>
/// The list and search write their page with the generated context's own options, which take System.Text.Json's fast
/// path; the bytes must be those the API's options (its converters included) write.
/// </summary>
public sealed class ProductPageJsonShould
{
    private static readonly Page<ProductResponse> Sample = new(
        [
            new ProductResponse(1, "SKU-1", "Café \"Crème\" <b>&</b> 🍰", null, "Toys", 10.50m, "EUR", true,
                new DateTime(2026, 12, 3, 11, 4, 5, 123, DateTimeKind.Utc), new DateTime(2026, 12, 3, 11, 4, 5, DateTimeKind.Utc).AddTicks(1)) { Version = 7 },
            new ProductResponse(2, "SKU-2", "Line\nbreak\ttab", "Ünïcödé 'quoted'", "Books", 79228162514264337593543950.335m, "JPY", false,
                DateTime.UnixEpoch, DateTime.MaxValue.ToUniversalTime()) { Version = 1 },
            new ProductResponse(3, "SKU-3", "Zero", "", "Toys", 0m, "USD", true, DateTime.UnixEpoch, DateTime.UnixEpoch),
        ],
        2, 3, 1234567890123);

    [Fact]
    public void Be_written_as_the_apis_options_write_it()
    {
        var api = EciJson.Create();
        api.TypeInfoResolverChain.Insert(0, CatalogJson.Default);

        var expected = JsonSerializer.Serialize(Sample, api);
        var written = JsonSerializer.Serialize(Sample, CatalogJson.Default.PageProductResponse);

        Assert.Equal(expected, written);
        Assert.Contains("\"page_size\":3", written, StringComparison.Ordinal);
        Assert.DoesNotContain("version", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Have_a_generated_fast_path()
    {
        Assert.NotNull(CatalogJson.Default.PageProductResponse.SerializeHandler);
        Assert.NotNull(CatalogJson.Default.ProductResponse.SerializeHandler);
    }
}
