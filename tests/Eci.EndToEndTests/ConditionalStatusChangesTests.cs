using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>If-Match on the status of orders and shipments, where a lost race would move goods or money twice.</summary>
public abstract class ConditionalStatusChangesTests(HostFixture host)
{
    private const string NeverATag = "\"999999\"";

    // A race may be decided before the second write reads; several rounds make an overlapping one all but certain.
    private const int Rounds = 3;

    private HttpClient Admin => host.AdminClient;

    private async Task<(string Order, string Shipment)> PlacedOrderAsync()
    {
        var product = await host.ProductAsync(price: 12m, stock: 5);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));
        return ($"/v1/orders/{order.Text("id")}", $"/v1/shipments/{order.Text("shipment_id")}");
    }

    [Fact]
    public async Task An_order_completed_with_a_stale_tag_is_a_412_and_with_the_current_one_answers_the_new_tag()
    {
        var (order, _) = await PlacedOrderAsync();
        var before = await Admin.ETagOfAsync(order);
        var status = (await (await Admin.GetAsync(order)).JsonAsync()).Text("status");

        await ConditionalRequests.AssertPreconditionFailedAsync(await Admin.PutIfMatchAsync($"{order}/status", new { status = "completed" }, NeverATag));
        Assert.Equal(status, (await (await Admin.GetAsync(order)).JsonAsync()).Text("status"));
        Assert.Equal(before, await Admin.ETagOfAsync(order));

        var completed = await Admin.PutIfMatchAsync($"{order}/status", new { status = "completed" }, before);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("completed", (await completed.JsonAsync()).Text("status"));
        var after = ConditionalRequests.StrongETag(completed);
        Assert.NotEqual(before, after);
        Assert.Equal(after, await Admin.ETagOfAsync(order));
    }

    [Fact]
    public async Task An_order_cancelled_with_a_stale_tag_is_a_412_that_refunds_nothing()
    {
        var (order, _) = await PlacedOrderAsync();
        var current = await Admin.ETagOfAsync(order);

        await ConditionalRequests.AssertPreconditionFailedAsync(await Admin.PutIfMatchAsync($"{order}/status", new { status = "cancelled" }, NeverATag));

        var stored = await (await Admin.GetAsync(order)).JsonAsync();
        Assert.NotEqual("cancelled", stored.Text("status"));
        Assert.Equal("paid", stored.Text("payment_status"));
        Assert.Equal(current, await Admin.ETagOfAsync(order));
    }

    [Fact]
    public async Task Two_cancels_sent_at_once_with_the_same_tag_let_exactly_one_through()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (order, _) = await PlacedOrderAsync();
            var tag = await Admin.ETagOfAsync(order);

            var statuses = await ConditionalRequests.RaceAsync(
                () => Admin.PutIfMatchAsync($"{order}/status", new { status = "cancelled" }, tag),
                () => Admin.PutIfMatchAsync($"{order}/status", new { status = "cancelled" }, tag));

            Assert.Single(statuses, s => s == HttpStatusCode.OK);
            Assert.Single(statuses, s => s == HttpStatusCode.PreconditionFailed);
            Assert.Equal("cancelled", (await (await Admin.GetAsync(order)).JsonAsync()).Text("status"));
        }
    }

    [Fact]
    public async Task A_shipment_moved_with_a_stale_tag_is_a_412_and_with_the_current_one_answers_the_new_tag()
    {
        var (_, shipment) = await PlacedOrderAsync();
        var before = await Admin.ETagOfAsync(shipment);
        Assert.Equal(HttpStatusCode.NotModified, (await Admin.GetIfNoneMatchAsync(shipment, before)).StatusCode);

        await ConditionalRequests.AssertPreconditionFailedAsync(await Admin.PutIfMatchAsync($"{shipment}/status", new { status = "shipped" }, NeverATag));
        Assert.Equal("preparing", (await (await Admin.GetAsync(shipment)).JsonAsync()).Text("status"));

        var shipped = await Admin.PutIfMatchAsync($"{shipment}/status", new { status = "shipped" }, before);
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        var after = ConditionalRequests.StrongETag(shipped);
        Assert.NotEqual(before, after);
        Assert.Equal(after, await Admin.ETagOfAsync(shipment));
    }

    [Fact]
    public async Task Two_shipment_moves_sent_at_once_with_the_same_tag_let_exactly_one_through()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (_, shipment) = await PlacedOrderAsync();
            await host.SetShipmentStatusAsync(shipment.Split('/')[^1], "shipped");
            var tag = await Admin.ETagOfAsync(shipment);

            var statuses = await ConditionalRequests.RaceAsync(
                () => Admin.PutIfMatchAsync($"{shipment}/status", new { status = "in_transit", note = "left" }, tag),
                () => Admin.PutIfMatchAsync($"{shipment}/status", new { status = "in_transit", note = "right" }, tag));

            Assert.Single(statuses, s => s == HttpStatusCode.OK);
            Assert.Single(statuses, s => s == HttpStatusCode.PreconditionFailed);
            var history = (await (await Admin.GetAsync(shipment)).JsonAsync()).GetProperty("history");
            Assert.Single(history.EnumerateArray(), e => e.Text("status") == "in_transit");
        }
    }
}

public sealed class SqliteConditionalStatusChangesTests(SqliteHost host) : ConditionalStatusChangesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresConditionalStatusChangesTests(PostgresHost host) : ConditionalStatusChangesTests(host), IClassFixture<PostgresHost>;

public sealed class MySqlConditionalStatusChangesTests(MySqlHost host) : ConditionalStatusChangesTests(host), IClassFixture<MySqlHost>;
