using System.Net;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>GET /v1/orders/{id}/timeline: what every module did for an order, oldest first, and who may see what.</summary>
public abstract class OrderTimelineTests(HostFixture host)
{
    private static readonly string[] InternalFields = ["payment_token", "lease_until", "processor_key", "processor_reference", "recipient", "last_error", "idempotency_key"];

    [Fact]
    public async Task A_shipped_order_tells_placing_holding_charging_committing_shipping_and_notifying_in_order()
    {
        var product = await host.ProductAsync(price: 40m, stock: 5);
        var warehouse = (await host.StockAsync(product)).GetProperty("warehouses")[0].Text("warehouse");
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 2)));
        var id = order.Text("id");
        var shipment = await (await host.AdminClient.GetAsync($"/v1/shipments/{order.Text("shipment_id")}")).JsonAsync();
        await host.SetShipmentStatusAsync(order.Text("shipment_id"), "shipped");
        (await host.AdminClient.PutJsonAsync($"/v1/shipments/{order.Text("shipment_id")}/status", new { status = "in_transit", note = "At the hub" })).EnsureSuccessStatusCode();

        var entries = await Poll.UntilAsync(() => EntriesAsync(shopper.Client, id),
            e => e.Any(x => x.Text("type") == "notification.sent" && x.GetProperty("data").Text("template") == "order_shipped")
                && e.Any(x => x.Text("type") == "stock.shipped"),
            TimeSpan.FromSeconds(30));

        var types = entries.Select(e => e.Text("type")).ToList();
        Assert.Equal("order.placed", types[0]);
        AssertInOrder(types, "order.placed", "stock.held", "payment.succeeded", "stock.committed", "shipment.created", "shipment.status_changed", "stock.shipped");
        Assert.Contains("notification.queued", types);
        var times = entries.Select(e => e.GetProperty("at").GetDateTime()).ToList();
        Assert.Equal(times.Order().ToList(), times);

        var placed = Single(entries, "order.placed").GetProperty("data");
        Assert.Equal(2, placed.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(order.GetProperty("total").GetDecimal(), placed.GetProperty("total").GetDecimal());
        var held = Single(entries, "stock.held").GetProperty("data").GetProperty("lines")[0];
        Assert.Equal((warehouse, "single_warehouse", 2), (held.Text("warehouse"), held.Text("allocation_rule"), held.GetProperty("quantity").GetInt32()));
        var charged = Single(entries, "payment.succeeded").GetProperty("data");
        Assert.Equal(order.GetProperty("total").GetDecimal(), charged.GetProperty("amount").GetDecimal());
        var moves = entries.Where(e => e.Text("type") == "shipment.status_changed").Select(e => e.GetProperty("data")).ToList();
        Assert.Equal(["shipped", "in_transit"], moves.Select(m => m.Text("status")));
        Assert.All(moves, m => Assert.Equal((shipment.Text("carrier"), shipment.Text("tracking_number")), (m.Text("carrier"), m.Text("tracking_number"))));
        Assert.Equal("At the hub", moves[1].Text("note"));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Text("summary"))));
    }

    [Fact]
    public async Task A_declined_charge_and_a_later_successful_one_are_both_on_the_timeline()
    {
        var product = await host.ProductAsync(price: 15m, stock: 3);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order("tok_card_declined", (product, 1)));
        var id = order.Text("id");
        var charge = await ChargeAsync(shopper.Client, id, "tok_success");
        Assert.Equal(HttpStatusCode.Created, charge.StatusCode);

        var entries = await EntriesAsync(shopper.Client, id);

        var payments = entries.Where(e => e.Text("type").StartsWith("payment.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["payment.failed", "payment.succeeded"], payments.Select(p => p.Text("type")));
        Assert.Equal("card_declined", payments[0].GetProperty("data").Text("failure_code"));
        Assert.Equal(15m, payments[1].GetProperty("data").GetProperty("amount").GetDecimal());
        var cancelled = Single(entries, "order.cancelled").GetProperty("data");
        Assert.Equal("payment_declined", cancelled.Text("reason"));
        AssertInOrder(entries.Select(e => e.Text("type")).ToList(), "stock.held", "payment.failed", "stock.released");
    }

    [Fact]
    public async Task A_charge_the_processor_did_not_answer_at_first_shows_the_retried_call()
    {
        var product = await host.ProductAsync(price: 9m, stock: 2);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order("tok_timeout_once", (product, 1)));

        var entries = await EntriesAsync(shopper.Client, order.Text("id"));

        var types = entries.Select(e => e.Text("type")).ToList();
        AssertInOrder(types, "payment.processor_unanswered", "payment.succeeded");
        Assert.Single(types, t => t == "payment.processor_unanswered");
        Assert.Equal(2, Single(entries, "payment.succeeded").GetProperty("data").GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_customer_sees_no_internal_details_an_admin_does_and_another_customer_gets_a_404()
    {
        var product = await host.ProductAsync(price: 20m, stock: 2);
        var shopper = await host.ShopperAsync();
        var key = Guid.NewGuid().ToString();
        var placed = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), key);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();
        var url = $"/v1/orders/{order.Text("id")}/timeline";

        var mine = await shopper.Client.GetAsync(url);
        var raw = await mine.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("payment.succeeded", raw, StringComparison.Ordinal);
        Assert.All(InternalFields, field => Assert.DoesNotContain($"\"{field}\"", raw, StringComparison.Ordinal));

        var asAdmin = await (await host.AdminClient.GetAsync(url)).JsonAsync();
        Assert.Equal(order.Text("id"), asAdmin.Text("order_id"));
        var adminEntries = asAdmin.GetProperty("entries").EnumerateArray().ToList();
        Assert.StartsWith("order:", Single(adminEntries, "payment.succeeded").GetProperty("data").Text("processor_key"), StringComparison.Ordinal);
        var placedData = Single(adminEntries, "order.placed").GetProperty("data");
        Assert.True(placedData.TryGetProperty("lease_until", out _));
        Assert.Equal($"customer:{shopper.Id}:{key}", placedData.Text("idempotency_key"));
        Assert.Equal($"reserve:order:{order.Text("id")}:reserve", Single(adminEntries, "stock.held").GetProperty("data").Text("idempotency_key"));

        var stranger = await host.ShopperAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.Client.GetAsync($"/v1/orders/{Guid.NewGuid()}/timeline")).StatusCode);
    }

    private static async Task<List<JsonElement>> EntriesAsync(HttpClient client, string orderId)
    {
        var response = await client.GetAsync($"/v1/orders/{orderId}/timeline");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = await response.JsonAsync();
        Assert.Equal(orderId, timeline.Text("order_id"));
        return timeline.GetProperty("entries").EnumerateArray().ToList();
    }

    private static Task<HttpResponseMessage> ChargeAsync(HttpClient client, string orderId, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payments/charge")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { order_id = orderId, amount = 15m, payment_token = token }, options: ApiJson.Options),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return client.SendAsync(request);
    }

    private static JsonElement Single(IEnumerable<JsonElement> entries, string type) => Assert.Single(entries, e => e.Text("type") == type);

    private static void AssertInOrder(List<string> types, params string[] expected)
    {
        var positions = expected.Select(t => types.IndexOf(t)).ToList();
        Assert.True(positions.All(p => p >= 0), $"Missing one of {string.Join(", ", expected)} in {string.Join(", ", types)}");
        Assert.True(positions.SequenceEqual(positions.Order()), $"Expected {string.Join(" < ", expected)} in {string.Join(", ", types)}");
    }
}

public sealed class PostgresOrderTimelineTests(PostgresHost host) : OrderTimelineTests(host), IClassFixture<PostgresHost>;

public sealed class MySqlOrderTimelineTests(MySqlHost host) : OrderTimelineTests(host), IClassFixture<MySqlHost>;
