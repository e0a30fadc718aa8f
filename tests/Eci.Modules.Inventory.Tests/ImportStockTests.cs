using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Features.GetStock;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>The seed stock, on a host of its own because it needs the seed catalog.</summary>
public abstract class ImportStockTests(HostFixture host)
{
    private static string Seed(string file) => Path.Combine(AppContext.BaseDirectory, "seed", file);

    [Fact]
    public async Task The_seed_stock_is_received_once_into_the_warehouses_it_names()
    {
        await host.SendAsync(new ImportProducts(Seed("eci_products.csv")));

        var first = await host.SendAsync(new ImportStock(Seed("eci_inventory.csv")));
        var second = await host.SendAsync(new ImportStock(Seed("eci_inventory.csv")));

        Assert.Equal((120, 0), (first.Inserted + first.Unchanged, first.Rejected.Count));
        Assert.Equal((0, 120), (second.Inserted, second.Unchanged));
        Assert.Equal(0, (await host.QueryAsync(new GetStock(50))).OnHand);
        Assert.Equal(2, (await host.QueryAsync(new GetStock(61))).OnHand);
        Assert.Equal(1, (await host.QueryAsync(new GetStock(107))).OnHand);
        var warehouses = (await (await host.AdminClient.GetAsync("/v1/inventory/warehouses")).JsonAsync()).EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("WH1", warehouses);
        Assert.Contains("WH2", warehouses);
    }

    [Fact]
    public async Task Rows_for_unknown_products_or_with_bad_figures_are_reported_by_line()
    {
        var product = await host.NewProductAsync();
        var path = TempCsv.Write("eci-stock", [
            "inventory_id,product_id,warehouse,on_hand,reserved,updated_at",
            $"900001,{product},WH9,4,0,2024-01-01 00:00:00",
            "900002,987654321,WH9,4,0,2024-01-01 00:00:00",
            $"900003,{product},WH8,-1,0,2024-01-01 00:00:00",
            $"900004,{product},WH7,3,2,2024-01-01 00:00:00",
            $"900005,{product},WH9,1,0,2024-01-01 00:00:00",
        ]);

        var report = await host.SendAsync(new ImportStock(path));

        Assert.Equal(1, report.Inserted);
        Assert.Equal([3, 4, 5, 6], report.Rejected.Select(r => r.Row));
        Assert.Equal(4, (await host.QueryAsync(new GetStock(product))).OnHand);
    }
}

public sealed class SqliteImportStockTests(SqliteHost host) : ImportStockTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresImportStockTests(PostgresHost host) : ImportStockTests(host), IClassFixture<PostgresHost>;
