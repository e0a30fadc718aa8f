using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Notifications.Tests.Feed;

/// <summary>The event feed over HTTP, fed by the real outbox relays of an order's modules.</summary>
public abstract class EventFeedTests(HostFixture host)
{
    [Fact]
    public async Task A_paid_order_appears_in_the_feed_in_order_with_contract_data()
    {
        var product = await host.ProductAsync("Feed Kettle", 40m);
        var customer = await host.NewCustomerAsync();

        var orderId = (await customer.PlaceAsync(product, 2)).Text("id");

        string[] expected = ["order.placed", "stock.reserved", "payment.succeeded", "stock.committed", "order.paid", "shipment.created", "notification.sent"];
        var events = await host.AdminClient.OrderEventsAsync(orderId, all => expected.All(t => all.Any(e => e.Type() == t)));
        var types = events.Select(e => e.Type()).ToList();
        Assert.All(expected, t => Assert.Contains(t, types));
        Assert.DoesNotContain("stock.released", types);
        // One module's events keep their order; across modules the feed follows the order they were recorded in.
        Assert.True(types.IndexOf("order.placed") < types.IndexOf("order.paid"), string.Join(", ", types));
        Assert.Single(events, e => e.Type() == "order.paid");
        var placed = Assert.Single(events, e => e.Type() == "order.placed");
        Assert.Equal(("orders", orderId), (placed.Text("module"), placed.Text("subject")));
        Assert.Equal(customer.Id, placed.GetProperty("data").GetProperty("customer_id").GetInt32());
        Assert.Equal(2, placed.GetProperty("data").GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        var payment = Assert.Single(events, e => e.Type() == "payment.succeeded");
        Assert.Equal(("payments", payment.GetProperty("data").Text("payment_id")), (payment.Text("module"), payment.Text("subject")));

        var committed = Assert.Single(events, e => e.Type() == "stock.committed");
        Assert.Equal(("inventory", product), (committed.Text("module"), committed.GetProperty("data").GetProperty("lines")[0].GetProperty("product_id").GetInt32()));
        var sent = events.First(e => e.Type() == "notification.sent");
        Assert.Equal(("notifications", "order_confirmation"), (sent.Text("module"), sent.GetProperty("data").Text("type")));

        var one = await host.AdminClient.GetAsync($"/v1/events/{placed.Text("id")}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("order.placed", (await one.JsonAsync()).Text("type"));
    }

    [Fact]
    public async Task A_declined_order_shows_its_stock_released_and_no_commitment()
    {
        var product = await host.ProductAsync("Feed Vase", 30m);
        var customer = await host.NewCustomerAsync();

        var orderId = (await customer.PlaceAsync(product, 1, "tok_card_declined")).Text("id");

        var events = await host.AdminClient.OrderEventsAsync(orderId, all => all.Any(e => e.Type() == "stock.released") && all.Any(e => e.Type() == "order.cancelled")
            && all.Any(e => e.Type() == "payment.failed"));
        var released = Assert.Single(events, e => e.Type() == "stock.released");
        Assert.Equal("released", released.GetProperty("data").Text("status"));
        Assert.Single(events, e => e.Type() == "payment.failed");
        Assert.DoesNotContain(events, e => e.Type() == "stock.committed");
    }

    [Fact]
    public async Task Paging_with_after_sees_every_event_exactly_once_in_order()
    {
        var product = await host.ProductAsync("Feed Mug", 8m);
        var customer = await host.NewCustomerAsync();
        var orderId = (await customer.PlaceAsync(product, 1)).Text("id");
        await host.AdminClient.OrderEventsAsync(orderId, all => all.Any(e => e.Type() == "shipment.created"));

        var (whole, _) = await host.AdminClient.DrainAsync(null, 100);
        var (byOne, _) = await host.AdminClient.DrainAsync(null, 1);
        var (byThree, _) = await host.AdminClient.DrainAsync(null, 3);

        var ids = whole.Select(e => e.Text("id")).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, byOne.Select(e => e.Text("id")).Take(ids.Count));
        Assert.Equal(ids, byThree.Select(e => e.Text("id")).Take(ids.Count));
    }

    [Fact]
    public async Task A_type_filter_returns_only_those_types_and_resumes_after_the_last_event()
    {
        var product = await host.ProductAsync("Feed Lamp", 12m);
        var customer = await host.NewCustomerAsync();
        var first = (await customer.PlaceAsync(product, 1)).Text("id");
        await host.AdminClient.OrderEventsAsync(first, all => all.Any(e => e.Type() == "order.paid"));
        var (paid, after) = await host.AdminClient.DrainAsync(null, 2, "order.paid,payment.succeeded");
        Assert.All(paid, e => Assert.Contains(e.Type(), new[] { "order.paid", "payment.succeeded" }));
        Assert.Contains(paid, e => FeedReader.OrderIdOf(e) == first);

        var second = (await customer.PlaceAsync(product, 1)).Text("id");
        var later = await Poll.UntilAsync(
            async () => (await host.AdminClient.DrainAsync(after, 2, "order.paid")).Items,
            items => items.Any(e => FeedReader.OrderIdOf(e) == second),
            TimeSpan.FromSeconds(30));

        Assert.DoesNotContain(later, e => FeedReader.OrderIdOf(e) == first);
        Assert.All(later, e => Assert.Equal("order.paid", e.Type()));
    }

    [Theory]
    [InlineData("limit=101")]
    [InlineData("limit=0")]
    [InlineData("type=order.shipped")]
    [InlineData("after=not-a-cursor")]
    public async Task A_bad_parameter_is_a_422_problem(string query)
    {
        host.RequireProvider();

        var response = await host.AdminClient.GetAsync("/v1/events?" + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_feed_is_for_admins_only_and_an_unknown_event_is_a_404()
    {
        var customer = await host.NewCustomerAsync();

        var list = await customer.Client.GetAsync("/v1/events");
        var missing = await host.AdminClient.GetAsync($"/v1/events/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

public sealed class SqliteEventFeedTests(SqliteHost host) : EventFeedTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresEventFeedTests(PostgresHost host) : EventFeedTests(host), IClassFixture<PostgresHost>;
