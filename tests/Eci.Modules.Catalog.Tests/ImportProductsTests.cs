using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Catalog.Features.CreateProduct;
using Eci.Shared.Persistence;
using Eci.Testing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Catalog.Tests;

/// <summary>The seed import, on a host of its own because it fills the catalog with the seed's ids.</summary>
public abstract class ImportProductsTests(HostFixture host)
{
    private static readonly string SeedFile = Path.Combine(AppContext.BaseDirectory, "seed", "eci_products.csv");

    private static string WriteCsv(params string[] lines) => TempCsv.Write("eci-products", ["product_id,sku,name,category,price,is_active", .. lines]);

    [Fact]
    public async Task The_seed_catalog_imports_once_and_a_second_run_changes_nothing()
    {
        var first = await host.SendAsync(new ImportProducts(SeedFile));
        var second = await host.SendAsync(new ImportProducts(SeedFile));

        Assert.Equal((120, 0, 0), (first.Inserted + first.Unchanged, first.Updated, first.Rejected.Count));
        Assert.Equal((0, 0, 120, 0), (second.Inserted, second.Updated, second.Unchanged, second.Rejected.Count));
        var (active, seedFifty) = await host.WithCatalogDbAsync(async db => (
            await db.Products.CountAsync(p => p.Id <= 120 && p.IsActive),
            await db.Products.SingleAsync(p => p.Id == 50)));
        Assert.Equal(53, active);
        Assert.Equal("SKU0050", seedFifty.Sku);
    }

    private Task<Features.ProductResponse> CreateAsync() => host.InScopeAsync(sp => sp.GetRequiredService<ISender>().Send(
        new CreateProduct("NEW-" + Guid.NewGuid().ToString("N")[..8], "New", null, "Books", 10m, null, true)));

    [Fact]
    public async Task Generated_ids_stay_clear_of_the_ids_imports_keep()
    {
        var before = await CreateAsync();
        await host.SendAsync(new ImportProducts(SeedFile));
        var after = await CreateAsync();

        Assert.True(before.Id >= GeneratedIds.First, $"generated id {before.Id} is in the imported range");
        Assert.True(after.Id > before.Id, $"id {after.Id} after the import does not follow {before.Id}");
    }

    [Fact]
    public async Task An_imported_id_in_the_generated_range_moves_the_next_generated_id_past_it()
    {
        var high = GeneratedIds.First + 5_000_000 + Random.Shared.Next(1_000_000);
        await host.SendAsync(new ImportProducts(WriteCsv($"{high},HIGH-{Guid.NewGuid():N},High,Books,1,True")));

        var created = await CreateAsync();

        Assert.True(created.Id > high, $"id {created.Id} does not follow the imported {high}");
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_the_good_ones_imported()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var baseId = 100_000 + Random.Shared.Next(800_000);
        var path = WriteCsv(
            $"{baseId},OK-{tag},Good,Books,10.50,True",
            $"x{baseId},BADID-{tag},Bad id,Books,1,True",
            $"{baseId + 1},NEG-{tag},Negative,Books,-5,True",
            $"{baseId + 2},DEC-{tag},Cents,Books,1.234,True",
            $"{baseId + 3},EMPTY-{tag},,Books,1,True",
            $"{baseId + 4},FLAG-{tag},Flag,Books,1,maybe",
            $"{baseId},AGAIN-{tag},Same id,Books,1,True",
            $"{baseId + 5},ok-{tag},Same sku,Books,1,True");

        var report = await host.SendAsync(new ImportProducts(path));

        Assert.Equal(1, report.Inserted);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], report.Rejected.Select(r => r.Row));
        Assert.Contains("product_id", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("duplicate product_id", report.Rejected[5].Reason, StringComparison.Ordinal);
        Assert.Contains("duplicate SKU", report.Rejected[6].Reason, StringComparison.Ordinal);
        Assert.All(report.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Fact]
    public async Task Rows_that_clash_with_stored_products_are_rejected_not_overwritten()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = 100_000 + Random.Shared.Next(800_000);
        await host.SendAsync(new ImportProducts(WriteCsv($"{id},KEEP-{tag},Original,Books,10,True")));

        var clashes = await host.SendAsync(new ImportProducts(WriteCsv(
            $"{id},OTHER-{tag},Other sku same id,Books,10,True",
            $"{id + 1},keep-{tag},Same sku other id,Books,10,True")));
        var changed = await host.SendAsync(new ImportProducts(WriteCsv($"{id},KEEP-{tag},Renamed,Books,12,False")));

        Assert.Equal([2, 3], clashes.Rejected.Select(r => r.Row));
        Assert.Equal(0, clashes.Inserted + clashes.Updated);
        Assert.Equal(1, changed.Updated);
        var stored = await host.WithCatalogDbAsync(db => db.Products.SingleAsync(p => p.Id == id));
        Assert.Equal(("Renamed", 1200L, false), (stored.Name, stored.PriceMinor, stored.IsActive));
    }
}

public sealed class SqliteImportProductsTests(SqliteHost host) : ImportProductsTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresImportProductsTests(PostgresHost host) : ImportProductsTests(host), IClassFixture<PostgresHost>;
