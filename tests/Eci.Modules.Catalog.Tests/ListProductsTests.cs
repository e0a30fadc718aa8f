using System.Text.Json;
using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Features;
using Eci.Modules.Catalog.Features.ListProducts;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Eci.Modules.Catalog.Tests;

/// <summary>The list and search read: what a page holds, and how many statements it costs.</summary>
public abstract class ListProductsTests(HostFixture host)
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Five products in a category of their own: names, prices and creation times in different orders.
    private protected async Task<(string Category, List<Product> Products)> CategoryAsync()
    {
        var category = "List-" + Guid.NewGuid().ToString("N")[..8];
        var products = new (string Name, decimal Price, int Minutes, bool Active)[]
            { ("Cedar", 30m, 4, true), ("apple", 10m, 2, true), ("Birch", 30m, 0, false), ("elm", 50m, 3, true), ("Dogwood", 20m, 1, true) }
            .Select(p => Product.Create(
                new ProductDetails("L-" + Guid.NewGuid().ToString("N")[..10], p.Name, null, category, Money.FromDecimal(p.Price, "INR"), p.Active),
                Start.AddMinutes(p.Minutes)))
            .ToList();
        await host.WithCatalogDbAsync(async db =>
        {
            db.Products.AddRange(products);
            return await db.SaveChangesAsync();
        });
        return (category, products);
    }

    // The handler on a context of its own that counts the statements it sends.
    private Task<(Page<ProductResponse> Page, int Statements)> ListAsync(ListProducts query) => host.InScopeAsync(async sp =>
    {
        var log = new SqlCommandLog();
        var options = new DbContextOptionsBuilder<CatalogDbContext>(sp.GetRequiredService<DbContextOptions<CatalogDbContext>>())
            .AddInterceptors(log).Options;
        await using var db = new CatalogDbContext(options);
        var handler = new ListProductsHandler(db, sp.GetRequiredService<IOptions<CatalogOptions>>());
        if (db.Database.RunsOnPostgres())
        {
            // PostgreSQL's page is read with ADO.NET (ProductPageSql), which Npgsql's own count sees, and the host's
            // counter because the read counts itself.
            using var npgsql = NpgsqlOperationCount.Start();
            var read = await handler.Handle(query, CancellationToken.None);
            Assert.Equal(npgsql.Count, npgsql.HostCount);
            return (read, npgsql.Count);
        }

        log.Start();
        var page = await handler.Handle(query, CancellationToken.None);
        return (page, log.Commands.Count);
    });

    [Fact]
    public async Task A_page_and_its_total_come_in_one_statement()
    {
        var (category, _) = await CategoryAsync();

        var (page, statements) = await ListAsync(new ListProducts(new PageRequest(1, 2), Category: category));

        Assert.Equal(2, page.Items.Count);
        Assert.Equal(5, page.Total);
        Assert.Equal(1, statements);
    }

    [Fact]
    public async Task A_page_past_the_end_still_tells_the_total_with_a_second_statement()
    {
        var (category, _) = await CategoryAsync();

        var (page, statements) = await ListAsync(new ListProducts(new PageRequest(4, 2), Category: category));

        Assert.Empty(page.Items);
        Assert.Equal((4, 2, 5L), (page.Number, page.PageSize, page.Total));
        Assert.Equal(2, statements);
    }

    [Fact]
    public async Task A_first_page_with_no_match_is_empty_with_a_total_of_zero_in_one_statement()
    {
        var (page, statements) = await ListAsync(new ListProducts(new PageRequest(1, 20), Category: "None-" + Guid.NewGuid().ToString("N")));

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
        Assert.Equal(1, statements);
    }

    [Theory]
    [InlineData(null, "asc")]
    [InlineData(null, "desc")]
    [InlineData("name", "asc")]
    [InlineData("NAME", "desc")]
    [InlineData("price", "asc")]
    [InlineData("price", "desc")]
    [InlineData("created_at", "asc")]
    [InlineData("created_at", "desc")]
    public async Task Every_sort_pages_in_its_order_with_the_id_breaking_ties(string? sort, string order)
    {
        var (category, products) = await CategoryAsync();
        var descending = order == "desc";
        Func<Product, object> key = sort?.ToLowerInvariant() switch
        {
            "name" => p => p.SearchName,
            "price" => p => p.PriceMinor,
            "created_at" => p => p.CreatedAt,
            _ => p => p.Id,
        };
        var expected = (descending
                ? products.OrderByDescending(key).ThenByDescending(p => p.Id)
                : products.OrderBy(key).ThenBy(p => p.Id))
            .Select(p => p.Id).ToList();

        var first = await ListAsync(new ListProducts(new PageRequest(1, 3), sort, order, category));
        var second = await ListAsync(new ListProducts(new PageRequest(2, 3), sort, order, category));

        Assert.Equal(expected, first.Page.Items.Concat(second.Page.Items).Select(p => p.Id));
        Assert.Equal((5L, 5L), (first.Page.Total, second.Page.Total));
    }

    [Fact]
    public async Task Filters_apply_to_the_page_and_the_total_alike()
    {
        var (category, products) = await CategoryAsync();

        var (page, _) = await ListAsync(new ListProducts(new PageRequest(1, 1), "price", "asc", category.ToLowerInvariant(), IsActive: true,
            Name: " e ", MinPrice: 15m, MaxPrice: 50m));

        // Active, an E in the name, 15 to 50 INR: Cedar (30) and elm (50); apple is too cheap, Birch inactive, Dogwood has no E.
        var cedar = products.Single(p => p.Name == "Cedar");
        Assert.Equal(ProductResponse.From(cedar), Assert.Single(page.Items));
        Assert.Equal(2, page.Total);
    }

    // PostgreSQL's search is a LIKE (ProductPageSql): a term's own %, _ and backslash must still match only themselves.
    [Theory]
    [InlineData("0%", "100% Cotton")]
    [InlineData("d_l", "Pad_Lock")]
    [InlineData(@"k\s", @"Back\Slash")]
    public async Task A_search_term_matches_its_wildcard_characters_as_written(string term, string only)
    {
        var category = "Like-" + Guid.NewGuid().ToString("N")[..8];
        await host.WithCatalogDbAsync(async db =>
        {
            db.Products.AddRange(new[] { "100% Cotton", "1000 Cotton", "Pad_Lock", "PadXLock", @"Back\Slash", "BackXSlash" }
                .Select(name => Product.Create(
                    new ProductDetails("W-" + Guid.NewGuid().ToString("N")[..10], name, null, category, Money.FromDecimal(10m, "INR"), true), Start)));
            return await db.SaveChangesAsync();
        });

        var (page, _) = await ListAsync(new ListProducts(new PageRequest(1, 20), Category: category, Name: term));

        Assert.Equal(only, Assert.Single(page.Items).Name);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Prices_in_another_currency_do_not_match_a_price_range()
    {
        var (category, _) = await CategoryAsync();

        var (page, _) = await ListAsync(new ListProducts(new PageRequest(1, 20), Category: category, MinPrice: 0m, Currency: "USD"));

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public void The_source_generated_answer_is_the_same_json_as_by_reflection()
    {
        host.RequireProvider();
        var options = host.Factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var page = new Page<ProductResponse>(
            [new ProductResponse(7, "SKU-7", "Lamp \"x\" é", null, "Home", 1560.01m, "INR", true, Start, Start.AddTicks(1234567)),
             new ProductResponse(8, "SKU-8", "Yen", "Round", "Home", 100m, "JPY", false, Start, Start)],
            2, 20, 42);

        var byReflection = new JsonSerializerOptions(options);
        byReflection.TypeInfoResolverChain.Remove(CatalogJson.Default);

        var generated = JsonSerializer.Serialize(page, options);

        Assert.IsType<CatalogJson>(options.GetTypeInfo(typeof(Page<ProductResponse>)).OriginatingResolver);
        Assert.Equal(JsonSerializer.Serialize(page, byReflection), generated);
        Assert.Contains("\"page\":2,\"page_size\":20,\"total\":42", generated, StringComparison.Ordinal);
    }
}

public sealed class SqliteListProductsTests(SqliteHost host) : ListProductsTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresListProductsTests(PostgresHost host) : ListProductsTests(host), IClassFixture<PostgresHost>
{
    private static readonly string[] Sorts = ["id", "name", "price", "created_at"];

    // Every combination of the filters over the same five products, in every order, page by page: the statement written
    // out for PostgreSQL answers what EF Core's query answers, row for row, total for total, down to the dates' kind.
    [Fact]
    public async Task The_page_read_by_hand_is_the_page_EF_Core_reads()
    {
        host.RequireProvider();
        var (category, _) = await CategoryAsync();
        var compared = 0;
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CatalogDbContext>();
            for (var present = 0; present < 32; present++)
            {
                var filter = new ProductFilter(
                    category.ToUpperInvariant(),
                    (present & 1) != 0 ? true : null,
                    (present & 2) != 0 ? "E" : null,
                    (present & 4) != 0 ? "INR" : null,
                    (present & 8) != 0 ? 2000 : null,
                    (present & 16) != 0 ? 3000 : null);
                foreach (var sort in Sorts)
                {
                    foreach (var descending in new[] { false, true })
                    {
                        for (var skip = 0; skip <= 4; skip += 2)
                        {
                            var byHand = await ProductPageSql.ReadAsync(db, filter, sort, descending, skip, 2, CancellationToken.None);
                            var byEf = await ProductPageQuery.ReadAsync(db, filter, sort, descending, skip, 2, CancellationToken.None);
                            Assert.Equal(byEf, byHand);
                            Assert.Equal(byEf.Select(r => r.Product.CreatedAt.Kind), byHand.Select(r => r.Product.CreatedAt.Kind));
                            compared += byHand.Count;
                        }
                    }
                }
            }

            return compared;
        });

        // Not every combination matches something, but most pages hold rows: the comparison was of pages, not of nothing.
        Assert.True(compared > 500, $"{compared} rows compared");
    }
}
