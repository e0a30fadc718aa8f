using System.Net;
using Eci.Modules.Inventory.Domain;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>Many buyers at once for the last units: no oversell, by construction.</summary>
public abstract class ContentionTests(HostFixture host)
{
    private Task<List<string>> LowStockEventsAsync(int product) => host.WithInventoryDbAsync(db => db.Set<Shared.Outbox.OutboxMessage>().AsNoTracking()
        .Where(m => m.Type.StartsWith("Eci.Modules.Inventory.Contracts.LowStockDetected") && m.Payload.Contains($"\"product_id\":{product},"))
        .Select(m => m.Payload).ToListAsync());

    [Fact]
    public async Task Two_hundred_concurrent_holds_of_one_unit_get_exactly_the_fifty_available()
    {
        var (product, _, _) = await host.StockedProductAsync(30, 20);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => host.ReserveAsync(product, 1)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        var odd = responses.FirstOrDefault(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict));
        Assert.True(odd is null, odd is null ? "" : $"{odd.StatusCode}: {await odd.Content.ReadAsStringAsync()}");
        Assert.Equal(50, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(150, statuses.Count(s => s == HttpStatusCode.Conflict));
        var stock = await host.StockAsync(product);
        Assert.Equal((50, 50, 0), (stock.GetProperty("on_hand").GetInt32(), stock.GetProperty("reserved").GetInt32(), stock.GetProperty("available").GetInt32()));
        var (held, ledgerReserved) = await host.WithInventoryDbAsync(async db => (
            await db.Reservations.Where(r => r.Lines.Any(l => l.ProductId == product)).CountAsync(),
            await db.Movements.Where(m => m.ProductId == product && m.Type == MovementTypes.Reserved).SumAsync(m => m.ReservedDelta)));
        Assert.Equal((50, 50), (held, ledgerReserved));
        Assert.DoesNotContain((await host.AuditAsync()).GetProperty("drift").EnumerateArray(), d => d.GetProperty("product_id").GetInt32() == product);
    }

    [Fact]
    public async Task Concurrent_holds_that_take_a_product_below_its_threshold_raise_one_low_stock_event()
    {
        var (product, _, _) = await host.StockedProductAsync(40, 0);

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => host.ReserveAsync(product, 1)));

        Assert.Equal(40, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var events = await LowStockEventsAsync(product);
        var crossing = Assert.Single(events);
        Assert.Contains("\"available\":9,", crossing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_adjustments_and_transfers_that_take_a_product_below_its_threshold_raise_one_low_stock_event()
    {
        var (product, first, second) = await host.StockedProductAsync(14, 0);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? host.AdminClient.PostJsonAsync("/v1/inventory/adjust", new { product_id = product, warehouse = first, delta = -1, reason = "damaged" })
            : host.AdminClient.PostJsonAsync("/v1/inventory/transfers", new { product_id = product, from = first, to = second, quantity = 1 })));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var events = await LowStockEventsAsync(product);
        var crossing = Assert.Single(events);
        Assert.Contains("\"available\":9,", crossing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holds_that_lost_a_race_and_planned_again_keep_their_idempotency_keys()
    {
        var (product, _, _) = await host.StockedProductAsync(30, 20);
        var keys = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid().ToString()).ToList();

        var first = await Task.WhenAll(keys.Select(key => host.ReserveAsync(product, 1, key: key)));
        var again = await Task.WhenAll(keys.Select(key => host.ReserveAsync(product, 1, key: key)));

        Assert.Equal(50, first.Count(r => r.StatusCode == HttpStatusCode.Created));
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(first[i].StatusCode is HttpStatusCode.Created, again[i].IsSuccessStatusCode);
            if (first[i].StatusCode is HttpStatusCode.Created)
            {
                Assert.Equal((await first[i].JsonAsync()).GetProperty("id").GetString(), (await again[i].JsonAsync()).GetProperty("id").GetString());
            }
        }

        Assert.Equal(50, (await host.StockAsync(product)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task Concurrent_multi_line_holds_never_oversell_either_product()
    {
        var (a, _, _) = await host.StockedProductAsync(10, 5);
        var (b, _, _) = await host.StockedProductAsync(6, 6);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new
        {
            lines = i % 2 == 0 ? new[] { new { product_id = a, quantity = 1 }, new { product_id = b, quantity = 1 } } : [new { product_id = b, quantity = 1 }, new { product_id = a, quantity = 1 }],
        })));

        Assert.Equal(12, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(3, (await host.StockAsync(a)).GetProperty("available").GetInt32());
        Assert.Equal(0, (await host.StockAsync(b)).GetProperty("available").GetInt32());
    }
}

public sealed class SqliteContentionTests(SqliteHost host) : ContentionTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresContentionTests(PostgresHost host) : ContentionTests(host), IClassFixture<PostgresHost>;
