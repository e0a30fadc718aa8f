using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>GET /v1/idempotency-keys/{key}: a caller's own keys, across every module's store; an admin may name the owner.</summary>
public abstract class IdempotencyKeyInspectionTests(HostFixture host)
{
    [Fact]
    public async Task A_key_that_placed_an_order_shows_completed_with_201_and_the_orders_location()
    {
        var product = await host.ProductAsync(price: 11m, stock: 2);
        var shopper = await host.ShopperAsync();
        var key = "order-" + Guid.NewGuid().ToString("N");
        var placed = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), key);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();

        var response = await shopper.Client.GetAsync($"/v1/idempotency-keys/{key}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.JsonAsync();
        Assert.Equal((key, "orders", "PlaceOrder", "completed"), (shown.Text("key"), shown.Text("module"), shown.Text("operation"), shown.Text("state")));
        Assert.Equal(201, shown.GetProperty("response_status").GetInt32());
        Assert.Equal($"/v1/orders/{order.Text("id")}", shown.Text("location"));
        Assert.Equal(placed.Headers.Location?.OriginalString, shown.Text("location"));
        Assert.Matches("^[0-9A-F]{64}$", shown.Text("request_fingerprint"));
        Assert.True(shown.GetProperty("expires_at").GetDateTime() > shown.GetProperty("first_seen_at").GetDateTime());
    }

    [Fact]
    public async Task A_key_that_charged_an_order_is_found_in_the_payments_store_and_stays_one_record_when_replayed()
    {
        var product = await host.ProductAsync(price: 10m, stock: 2);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));
        var key = "charge-" + Guid.NewGuid().ToString("N");
        var first = await ChargeAsync(shopper.Client, order.Text("id"), key);
        var replay = await ChargeAsync(shopper.Client, order.Text("id"), key);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, replay.StatusCode));
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        var payment = await first.JsonAsync();

        var shown = await (await shopper.Client.GetAsync($"/v1/idempotency-keys/{key}")).JsonAsync();

        Assert.Equal(("payments", "ChargeViaApi", $"customer:{shopper.Id}"), (shown.Text("module"), shown.Text("operation"), shown.Text("owner")));
        Assert.Equal($"/v1/payments/{payment.Text("id")}", shown.Text("location"));
        Assert.Equal(201, shown.GetProperty("response_status").GetInt32());
    }

    [Fact]
    public async Task Another_callers_key_is_a_404_and_an_admin_naming_the_owner_sees_it()
    {
        var product = await host.ProductAsync(price: 13m, stock: 2);
        var owner = await host.ShopperAsync();
        var key = "mine-" + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.Created, (await owner.PlaceAsync(Shop.Order(null, (product, 1)), key)).StatusCode);
        var stranger = await host.ShopperAsync();

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfKeyAsync(stranger.Client, key));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfKeyAsync(stranger.Client, $"{key}?owner={owner.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfKeyAsync(host.AdminClient, key));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfKeyAsync(owner.Client, "never-" + Guid.NewGuid().ToString("N")));

        var seen = await host.AdminClient.GetAsync($"/v1/idempotency-keys/{key}?owner={owner.Id}");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        var shown = await seen.JsonAsync();
        Assert.Equal(($"customer:{owner.Id}", "completed"), (shown.Text("owner"), shown.Text("state")));
    }

    private static Task<HttpResponseMessage> ChargeAsync(HttpClient client, string orderId, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payments/charge")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { order_id = orderId, amount = 3m, payment_token = "tok_card_declined" }, options: ApiJson.Options),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task<HttpStatusCode> StatusOfKeyAsync(HttpClient client, string keyAndQuery) =>
        (await client.GetAsync($"/v1/idempotency-keys/{keyAndQuery}")).StatusCode;
}

public sealed class PostgresIdempotencyKeyInspectionTests(PostgresHost host) : IdempotencyKeyInspectionTests(host), IClassFixture<PostgresHost>;

public sealed class MySqlIdempotencyKeyInspectionTests(MySqlHost host) : IdempotencyKeyInspectionTests(host), IClassFixture<MySqlHost>;
