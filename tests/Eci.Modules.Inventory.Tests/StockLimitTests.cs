using System.Globalization;
using System.Net;
using System.Text.Json;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Errors;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>
/// Stock near its bounds: every figure stays within <see cref="StockLimits.MaxOnHand"/> per row, totals across
/// warehouses beyond 32 bits are reported, and no request, valid or absurd, answers 500 or leaves the ledger behind.
/// </summary>
public abstract class StockLimitTests(HostFixture host)
{
    private const int Max = StockLimits.MaxOnHand;

    private static readonly HashSet<HttpStatusCode> Refusals =
        [HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity];

    /// <summary>Fills a stock row to <paramref name="onHand"/> through the ledger (receipts of at most a million would take a thousand calls).</summary>
    private Task FillAsync(int productId, string warehouse, int onHand) => host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Persistence.InventoryDbContext>();
        var ledger = sp.GetRequiredService<StockLedger>();
        var warehouseId = (await db.ByCodeAsync(warehouse, "warehouse", CancellationToken.None)).Id;
        var stockItemId = await ledger.EnsureStockItemAsync(productId, warehouseId, CancellationToken.None);
        for (var left = onHand; left > 0; left -= Math.Min(left, Max / 10))
        {
            var quantity = Math.Min(left, Max / 10);
            Assert.True(await ledger.TryApplyAsync(stockItemId, productId, warehouseId, MovementTypes.Received,
                new StockDelta(quantity, quantity, 0, 0), CancellationToken.None, "test fill"));
        }

        return await db.SaveChangesAsync();
    });

    private readonly List<string> _answers = [];

    private async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        var response = await host.AdminClient.PostJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || Refusals.Contains(response.StatusCode),
            $"POST {path} {JsonSerializer.Serialize(body)} answered {(int)response.StatusCode}: {text}");
        _answers.Add(response.IsSuccessStatusCode ? "ok" : JsonDocument.Parse(text).RootElement.GetProperty("code").GetString()!);
        return response;
    }

    [Fact]
    public async Task A_receipt_past_the_limit_is_refused_before_anything_is_written()
    {
        var productId = await host.NewProductAsync();
        var warehouse = await host.NewWarehouseAsync(1);
        await FillAsync(productId, warehouse, Max - 999_999);

        var over = await PostAsync("/v1/inventory", new { product_id = productId, warehouse, quantity = 1_000_000 });
        var adjusted = await PostAsync("/v1/inventory/adjust", new { product_id = productId, warehouse, delta = 1_000_000, reason = "found" });
        var tooMuch = await PostAsync("/v1/inventory", new { product_id = productId, warehouse, quantity = 1_000_001 });
        var fits = await PostAsync("/v1/inventory", new { product_id = productId, warehouse, quantity = 999_999 });

        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        Assert.Equal("stock_limit_exceeded", (await over.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, adjusted.StatusCode);
        Assert.Equal("stock_limit_exceeded", (await adjusted.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(Max, (await host.StockAsync(productId)).GetProperty("on_hand").GetInt64());
        var audit = await host.AuditAsync();
        Assert.DoesNotContain(audit.GetProperty("drift").EnumerateArray(), d => d.GetProperty("product_id").GetInt32() == productId);
    }

    [Fact]
    public async Task Totals_across_warehouses_beyond_32_bits_are_reported_whole()
    {
        var productId = await host.NewProductAsync();
        var first = await host.NewWarehouseAsync(1);
        var second = await host.NewWarehouseAsync(2);
        var third = await host.NewWarehouseAsync(3);
        foreach (var warehouse in new[] { first, second, third })
        {
            await FillAsync(productId, warehouse, Max);
        }

        var stock = await host.StockAsync(productId);
        var availability = await (await host.AdminClient.GetAsync($"/v1/inventory/availability/{productId}")).JsonAsync();

        Assert.Equal(3L * Max, stock.GetProperty("on_hand").GetInt64());
        Assert.Equal(3L * Max, stock.GetProperty("available").GetInt64());
        Assert.Equal(3L * Max, availability.GetProperty("available").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await host.AdminClient.GetAsync("/v1/inventory/audit")).StatusCode);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Random_operations_near_the_limits_never_answer_500_and_keep_the_ledger(int seed)
    {
        var random = new Random(seed);
        var productId = await host.NewProductAsync();
        var first = await host.NewWarehouseAsync(1);
        var second = await host.NewWarehouseAsync(2);
        string[] warehouses = [first, second];
        await FillAsync(productId, first, Max - 3_000_000);
        await FillAsync(productId, second, Max - 500_000);
        var reservations = new List<Guid>();
        int[] absurd = [0, -1, int.MaxValue, int.MinValue, StockLimits.MaxPerRequest + 1, -StockLimits.MaxPerRequest - 1];

        int Amount() => random.Next(10) == 0 ? absurd[random.Next(absurd.Length)] : random.Next(1, StockLimits.MaxPerRequest + 1);
        string Warehouse() => warehouses[random.Next(warehouses.Length)];
        object Reference() => new { reservation_id = reservations.Count == 0 ? Guid.NewGuid() : reservations[random.Next(reservations.Count)] };

        for (var step = 0; step < 300; step++)
        {
            var operation = random.Next(8);
            switch (operation)
            {
                case 0 or 1:
                    await PostAsync("/v1/inventory", new { product_id = productId, warehouse = Warehouse(), quantity = Amount() });
                    break;
                case 2:
                    await PostAsync("/v1/inventory/adjust", new { product_id = productId, warehouse = Warehouse(), delta = Amount() * (random.Next(2) == 0 ? -1L : 1L), reason = "count" });
                    break;
                case 3:
                    var quantity = random.Next(10) == 0 ? absurd[random.Next(absurd.Length)] : random.Next(1, ReserveStock.MaxQuantity + 1);
                    var held = await PostAsync("/v1/inventory/reserve", new { product_id = productId, quantity, warehouse = random.Next(3) == 0 ? Warehouse() : null });
                    if (held.IsSuccessStatusCode)
                    {
                        reservations.Add((await held.JsonAsync()).GetProperty("id").GetGuid());
                    }

                    break;
                case 4:
                    await PostAsync("/v1/inventory/commit", Reference());
                    break;
                case 5:
                    await PostAsync("/v1/inventory/release", Reference());
                    break;
                case 6:
                    await PostAsync("/v1/inventory/ship", Reference());
                    break;
                default:
                    await ReturnAsync(reservations, random);
                    break;
            }

            var stock = await host.AdminClient.GetAsync($"/v1/inventory/{productId.ToString(CultureInfo.InvariantCulture)}");
            Assert.Equal(HttpStatusCode.OK, stock.StatusCode);
            foreach (var row in (await stock.JsonAsync()).GetProperty("warehouses").EnumerateArray())
            {
                var (onHand, available) = (row.GetProperty("on_hand").GetInt64(), row.GetProperty("available").GetInt64());
                Assert.True(onHand is >= 0 and <= Max && available >= 0, $"step {step} (operation {operation}) left {row}");
            }
        }

        // The walk stayed near the limits: it hit the limit and still did real work.
        Assert.Contains("stock_limit_exceeded", _answers);
        Assert.Contains("ok", _answers);
        var audit = await host.AdminClient.GetAsync("/v1/inventory/audit");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.DoesNotContain((await audit.JsonAsync()).GetProperty("drift").EnumerateArray(), d => d.GetProperty("product_id").GetInt32() == productId);
        Assert.Equal(HttpStatusCode.OK, (await host.AdminClient.GetAsync($"/v1/inventory/availability/{productId}")).StatusCode);
    }

    /// <summary>Shipped goods coming back (Shipping sends this through the contract); near the limit it must be refused whole.</summary>
    private async Task ReturnAsync(List<Guid> reservations, Random random)
    {
        if (reservations.Count == 0)
        {
            return;
        }

        try
        {
            await host.SendAsync(new ReturnReservation(reservations[random.Next(reservations.Count)], "came back"));
        }
        catch (ProblemException refused) when (refused.StatusCode is 404 or 409)
        {
        }
    }
}

public sealed class SqliteStockLimitTests(SqliteHost host) : StockLimitTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresStockLimitTests(PostgresHost host) : StockLimitTests(host), IClassFixture<PostgresHost>;
