using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Outbox;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>
/// Stock moved between warehouses: out of the source's available stock into transit (sellable nowhere), then on hand
/// in the destination, or back to the source when cancelled; every step through the ledger, so the audit holds.
/// </summary>
public abstract class TransferTests(HostFixture host)
{
    private async Task<HttpResponseMessage> StartAsync(int productId, string from, string to, int quantity, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/inventory/transfers")
        {
            Content = JsonContent.Create(new { product_id = productId, from, to, quantity, reference = "PO-7" }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await host.AdminClient.SendAsync(request);
    }

    private async Task<JsonElement> StartedAsync(int productId, string from, string to, int quantity)
    {
        var response = await StartAsync(productId, from, to, quantity);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    // A warehouse the product never had stock in has no row: its figures are zero.
    private static int Figure(JsonElement stock, string warehouse, string figure) =>
        stock.GetProperty("warehouses").EnumerateArray().Where(w => w.GetProperty("warehouse").GetString() == warehouse)
            .Select(w => w.GetProperty(figure).GetInt32()).SingleOrDefault();

    private async Task AssertAuditConsistentAsync()
    {
        var audit = await host.AuditAsync();
        Assert.True(audit.GetProperty("consistent").GetBoolean(), audit.ToString());
    }

    [Fact]
    public async Task A_transfer_takes_stock_out_of_its_source_and_puts_it_on_hand_in_its_destination_only_when_received()
    {
        var (productId, first, second) = await host.StockedProductAsync(10, 0);

        var transfer = await StartedAsync(productId, first.ToLowerInvariant(), second, 4);
        var inTransit = await host.StockAsync(productId);
        var received = await host.AdminClient.PostAsync($"/v1/inventory/transfers/{transfer.GetProperty("id").GetGuid()}/receive", null);
        var after = await host.StockAsync(productId);

        Assert.Equal("in_transit", transfer.GetProperty("status").GetString());
        Assert.Equal(first, transfer.GetProperty("from").GetString());
        Assert.Equal("PO-7", transfer.GetProperty("reference").GetString());
        Assert.Equal(6, Figure(inTransit, first, "on_hand"));
        Assert.Equal(6, inTransit.GetProperty("available").GetInt64());
        Assert.Equal(4, inTransit.GetProperty("in_transit").GetInt64());
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var closed = await received.JsonAsync();
        Assert.Equal("received", closed.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("received_at").ValueKind);
        Assert.Equal(6, Figure(after, first, "on_hand"));
        Assert.Equal(4, Figure(after, second, "on_hand"));
        Assert.Equal(0, after.GetProperty("in_transit").GetInt64());
        await AssertAuditConsistentAsync();
    }

    [Fact]
    public async Task A_cancelled_transfer_gives_its_stock_back_to_its_source_and_cannot_then_be_received()
    {
        var (productId, first, second) = await host.StockedProductAsync(5, 0);
        var id = (await StartedAsync(productId, first, second, 5)).GetProperty("id").GetGuid();

        var cancelled = await host.AdminClient.PostAsync($"/v1/inventory/transfers/{id}/cancel", null);
        var receivedAfter = await host.AdminClient.PostAsync($"/v1/inventory/transfers/{id}/receive", null);
        var stock = await host.StockAsync(productId);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, receivedAfter.StatusCode);
        Assert.Equal(InventoryErrorCodes.TransferClosed, (await receivedAfter.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(5, Figure(stock, first, "on_hand"));
        Assert.Equal(0, Figure(stock, second, "on_hand"));
        await AssertAuditConsistentAsync();
    }

    [Fact]
    public async Task Stock_that_is_held_cannot_be_transferred_and_a_refusal_writes_nothing()
    {
        var (productId, first, second) = await host.StockedProductAsync(3, 0);
        Assert.Equal(HttpStatusCode.Created, (await host.ReserveAsync(productId, 2, first)).StatusCode);

        var tooMuch = await StartAsync(productId, first, second, 2);
        var sameWarehouse = await StartAsync(productId, first, first.ToLowerInvariant(), 1);
        var unknown = await StartAsync(productId, first, "NOWHERE", 1);
        var stock = await host.StockAsync(productId);
        var transfers = await host.WithInventoryDbAsync(db => db.Transfers.CountAsync(t => t.ProductId == productId));

        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal(InventoryErrorCodes.InsufficientStock, (await tooMuch.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameWarehouse.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(3, Figure(stock, first, "on_hand"));
        Assert.Equal(0, transfers);
        await AssertAuditConsistentAsync();
    }

    [Fact]
    public async Task A_retried_start_with_its_key_starts_one_transfer()
    {
        var (productId, first, second) = await host.StockedProductAsync(10, 0);
        var key = Guid.NewGuid().ToString("N");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => StartAsync(productId, first, second, 3, key)));
        var ids = new HashSet<Guid>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            ids.Add((await answer.JsonAsync()).GetProperty("id").GetGuid());
        }

        var stock = await host.StockAsync(productId);
        Assert.Single(ids);
        Assert.Equal(7, Figure(stock, first, "on_hand"));
        Assert.Equal(3, stock.GetProperty("in_transit").GetInt64());
    }

    [Fact]
    public async Task A_receipt_and_a_cancellation_sent_at_once_close_the_transfer_once()
    {
        var (productId, first, second) = await host.StockedProductAsync(8, 0);
        var id = (await StartedAsync(productId, first, second, 8)).GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => host.AdminClient.PostAsync($"/v1/inventory/transfers/{id}/{(i % 2 == 0 ? "receive" : "cancel")}", null)));
        var stock = await host.StockAsync(productId);

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(8, Figure(stock, first, "on_hand") + Figure(stock, second, "on_hand"));
        Assert.Equal(0, stock.GetProperty("in_transit").GetInt64());
        await AssertAuditConsistentAsync();
    }

    [Fact]
    public async Task Transfers_are_listed_by_status_and_product_and_each_change_is_announced()
    {
        var (productId, first, second) = await host.StockedProductAsync(6, 0);
        var open = (await StartedAsync(productId, first, second, 1)).GetProperty("id").GetGuid();
        var done = (await StartedAsync(productId, first, second, 2)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await host.AdminClient.PostAsync($"/v1/inventory/transfers/{done}/receive", null)).StatusCode);

        var inTransit = await (await host.AdminClient.GetAsync($"/v1/inventory/transfers?status=in_transit&product_id={productId}")).JsonAsync();
        var all = await (await host.AdminClient.GetAsync($"/v1/inventory/transfers?product_id={productId}")).JsonAsync();
        var one = await host.AdminClient.GetAsync($"/v1/inventory/transfers/{done}");
        var missing = await host.AdminClient.GetAsync($"/v1/inventory/transfers/{Guid.NewGuid()}");
        var badStatus = await host.AdminClient.GetAsync("/v1/inventory/transfers?status=lost");
        var announced = await host.WithInventoryDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.StartsWith(typeof(StockTransferChanged).FullName!)).Select(m => m.Payload).ToListAsync());

        Assert.Equal([open], inTransit.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal([done, open], all.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal(2, all.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus.StatusCode);
        Assert.Equal(3, announced.Count(p => p.Contains(open.ToString(), StringComparison.Ordinal) || p.Contains(done.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_an_admin_may_move_stock_between_warehouses()
    {
        var (productId, first, second) = await host.StockedProductAsync(2, 0);
        var customer = (await host.NewCustomerAsync()).Client;

        var start = await customer.PostJsonAsync("/v1/inventory/transfers", new { product_id = productId, from = first, to = second, quantity = 1 });
        var list = await customer.GetAsync("/v1/inventory/transfers");

        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }
}

public sealed class SqliteTransferTests(SqliteHost host) : TransferTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresTransferTests(PostgresHost host) : TransferTests(host), IClassFixture<PostgresHost>;
