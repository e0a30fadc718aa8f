using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eci.Modules.Inventory.Contracts;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>
/// Stock on its way: recorded with an expected date, received whole or in parts through the ledger, never past what was
/// expected; and the promise date a storefront shows, from stock today or from the incoming stock that covers the rest.
/// </summary>
public abstract class IncomingStockTests(HostFixture host)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> ExpectAsync(int productId, string warehouse, int quantity, DateOnly expectedAt, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/inventory/incoming")
        {
            Content = JsonContent.Create(new { product_id = productId, warehouse, quantity, expected_at = Day(expectedAt), reference = "PO-4711/3" }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return host.AdminClient.SendAsync(request);
    }

    private async Task<Guid> ExpectedAsync(int productId, string warehouse, int quantity, DateOnly expectedAt)
    {
        var response = await ExpectAsync(productId, warehouse, quantity, expectedAt);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> ReceiveAsync(Guid id, int? quantity) =>
        host.AdminClient.PostJsonAsync($"/v1/inventory/incoming/{id}/receive", quantity is null ? new { } : new { quantity });

    private async Task<JsonElement> PromiseAsync(int productId, int quantity)
    {
        using var anonymous = host.Factory.CreateClient();
        var response = await anonymous.GetAsync($"/v1/inventory/availability/{productId}?quantity={quantity}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("promise");
    }

    [Fact]
    public async Task Incoming_stock_is_received_in_parts_onto_the_shelf_and_never_past_what_was_expected()
    {
        var (productId, warehouse, _) = await host.StockedProductAsync(0, 0);
        var id = await ExpectedAsync(productId, warehouse, 10, Today.AddDays(3));

        var part = await ReceiveAsync(id, 4);
        var tooMuch = await ReceiveAsync(id, 7);
        var rest = await ReceiveAsync(id, null);
        var again = await ReceiveAsync(id, null);
        var stock = await host.StockAsync(productId);

        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        var afterPart = await part.JsonAsync();
        Assert.Equal((4, 6, "open"), (afterPart.GetProperty("received_quantity").GetInt32(), afterPart.GetProperty("outstanding").GetInt32(), afterPart.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal(InventoryErrorCodes.IncomingExceeded, (await tooMuch.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("received", (await rest.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(10, stock.GetProperty("on_hand").GetInt64());
        var audit = await host.AuditAsync();
        Assert.True(audit.GetProperty("consistent").GetBoolean(), audit.ToString());
        var ledger = await host.WithInventoryDbAsync(db => db.Movements.Where(m => m.Reference == id.ToString()).Select(m => m.OnHandDelta).ToListAsync());
        Assert.Equal([4, 6], ledger.Order());
    }

    [Fact]
    public async Task Receipts_racing_for_the_last_units_put_them_on_hand_once()
    {
        var (productId, warehouse, _) = await host.StockedProductAsync(0, 0);
        var id = await ExpectedAsync(productId, warehouse, 6, Today);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => ReceiveAsync(id, 6)));
        var stock = await host.StockAsync(productId);

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(6, stock.GetProperty("on_hand").GetInt64());
    }

    [Fact]
    public async Task A_promise_comes_from_stock_today_else_from_the_delivery_that_covers_the_rest_else_none()
    {
        var (productId, first, second) = await host.StockedProductAsync(3, 0);
        Assert.Equal(HttpStatusCode.Created, (await host.ReserveAsync(productId, 1, first)).StatusCode);
        await ExpectedAsync(productId, second, 4, Today.AddDays(9));
        await ExpectedAsync(productId, first, 5, Today.AddDays(2));

        var fromStock = await PromiseAsync(productId, 2);
        var fromFirstDelivery = await PromiseAsync(productId, 7);
        var fromSecondDelivery = await PromiseAsync(productId, 8);
        var none = await PromiseAsync(productId, 12);

        Assert.Equal((2, Day(Today), "stock"), (fromStock.GetProperty("quantity").GetInt32(), fromStock.GetProperty("date").GetString(), fromStock.GetProperty("source").GetString()));
        Assert.Equal((Day(Today.AddDays(2)), "incoming"), (fromFirstDelivery.GetProperty("date").GetString(), fromFirstDelivery.GetProperty("source").GetString()));
        Assert.Equal(Day(Today.AddDays(9)), fromSecondDelivery.GetProperty("date").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (none.GetProperty("date").ValueKind, none.GetProperty("source").ValueKind));
    }

    [Fact]
    public async Task Availability_without_a_quantity_has_no_promise_and_bad_input_is_refused_without_writing()
    {
        var (productId, warehouse, _) = await host.StockedProductAsync(1, 0);
        using var anonymous = host.Factory.CreateClient();

        var plain = await (await anonymous.GetAsync($"/v1/inventory/availability/{productId}")).JsonAsync();
        var zero = await anonymous.GetAsync($"/v1/inventory/availability/{productId}?quantity=0");
        var past = await ExpectAsync(productId, warehouse, 5, Today.AddDays(-1));
        var unknownWarehouse = await ExpectAsync(productId, "NOWHERE", 5, Today);
        var missing = await ReceiveAsync(Guid.NewGuid(), 1);
        var rows = await host.WithInventoryDbAsync(db => db.Incoming.CountAsync(i => i.ProductId == productId));

        Assert.False(plain.TryGetProperty("promise", out _));
        Assert.Equal(1, plain.GetProperty("available").GetInt64());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, zero.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownWarehouse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task A_retried_announcement_with_its_key_records_one_delivery_and_the_list_shows_open_ones_soonest_first()
    {
        var (productId, warehouse, _) = await host.StockedProductAsync(0, 0);
        var key = Guid.NewGuid().ToString("N");
        var first = await ExpectAsync(productId, warehouse, 2, Today.AddDays(5), key);
        var retried = await ExpectAsync(productId, warehouse, 2, Today.AddDays(5), key);
        var sooner = await ExpectedAsync(productId, warehouse, 1, Today.AddDays(1));
        var done = await ExpectedAsync(productId, warehouse, 1, Today);
        Assert.Equal(HttpStatusCode.OK, (await ReceiveAsync(done, null)).StatusCode);

        var open = await (await host.AdminClient.GetAsync($"/v1/inventory/incoming?status=open&product_id={productId}")).JsonAsync();
        var customer = (await host.NewCustomerAsync()).Client;

        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retried.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal([sooner, (await first.JsonAsync()).GetProperty("id").GetGuid()],
            open.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/v1/inventory/incoming")).StatusCode);
    }
}

public sealed class SqliteIncomingStockTests(SqliteHost host) : IncomingStockTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresIncomingStockTests(PostgresHost host) : IncomingStockTests(host), IClassFixture<PostgresHost>;
