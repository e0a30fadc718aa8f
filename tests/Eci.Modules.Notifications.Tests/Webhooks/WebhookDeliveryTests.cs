using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Notifications.Tests.Webhooks;

/// <summary>Webhooks over real HTTP: the host's worker POSTs feed events to a Kestrel receiver of the test's own.</summary>
public sealed class WebhookDeliveryTests(WebhookHost host) : IClassFixture<WebhookHost>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_paid_order_is_posted_once_with_a_signature_the_receiver_can_verify()
    {
        var name = Guid.NewGuid().ToString("N");
        var created = await CreateAsync($"{_receiver.BaseUrl}/ok/{name}", "order.paid");
        var secret = created.Text("secret");
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);

        var orderId = await PlaceOrderAsync();

        var received = await WaitForAsync(name, 1);
        var post = Assert.Single(received);
        Assert.Equal(Expected(secret, post.Id, post.Timestamp, post.Body), post.Signature);
        Assert.NotEqual(Expected(secret, post.Id, post.Timestamp, post.Body + " "), post.Signature);
        Assert.InRange(long.Parse(post.Timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds());
        var body = JsonDocument.Parse(post.Body).RootElement;
        Assert.Equal(("order.paid", post.Id, orderId), (body.Text("type"), body.Text("id"), body.Text("subject")));
        var fromFeed = await (await host.AdminClient.GetAsync($"/v1/events/{post.Id}")).JsonAsync();
        Assert.Equal(fromFeed.GetRawText(), body.GetRawText());

        var listed = await (await host.AdminClient.GetAsync("/v1/webhooks")).JsonAsync();
        var mine = Assert.Single(listed.EnumerateArray(), w => w.Text("id") == created.Text("id"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("secret").ValueKind);
        await Task.Delay(1000);
        Assert.Single(_receiver.Received, r => r.Name == name);
    }

    [Fact]
    public async Task A_receiver_failing_twice_gets_the_same_event_a_third_time_and_takes_it()
    {
        var name = Guid.NewGuid().ToString("N");
        var webhookId = (await CreateAsync($"{_receiver.BaseUrl}/flaky/{name}", "order.paid")).Text("id");

        await PlaceOrderAsync();

        var received = await WaitForAsync(name, 3);
        Assert.Equal(3, received.Count);
        var eventId = Assert.Single(received.Select(r => r.Id).Distinct());
        var delivery = await DeliveredAsync(webhookId);
        Assert.Equal((eventId, 3, 204), (delivery.Text("event_id"), delivery.GetProperty("attempts").GetInt32(), delivery.GetProperty("last_status_code").GetInt32()));
        Assert.Equal(3, _receiver.Received.Count(r => r.Name == name));

        var retry = await host.AdminClient.PostJsonAsync($"/v1/webhooks/{webhookId}/deliveries/{delivery.Text("id")}/retry", new { });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var again = await WaitForAsync(name, 4);
        Assert.Equal(eventId, again[3].Id);
        Assert.Equal(HttpStatusCode.NotFound, (await host.AdminClient.PostJsonAsync($"/v1/webhooks/{webhookId}/deliveries/{Guid.NewGuid()}/retry", new { })).StatusCode);
    }

    [Fact]
    public async Task A_hanging_receiver_does_not_delay_another_webhook()
    {
        var hanging = Guid.NewGuid().ToString("N");
        var quick = Guid.NewGuid().ToString("N");
        await CreateAsync($"{_receiver.BaseUrl}/hang/{hanging}", "order.paid");
        await CreateAsync($"{_receiver.BaseUrl}/ok/{quick}", "order.paid");

        await PlaceOrderAsync();

        var slow = (await WaitForAsync(hanging, 1))[0];
        var fast = (await WaitForAsync(quick, 1))[0];
        // The hanging endpoint holds its delivery for the whole 3 s timeout; the other is served meanwhile.
        Assert.True((fast.At - slow.At).Duration() < TimeSpan.FromSeconds(2), $"{slow.At:O} vs {fast.At:O}");
    }

    [Fact]
    public async Task A_receiver_that_never_takes_the_event_gets_it_max_attempts_times_then_the_delivery_is_failed()
    {
        var name = Guid.NewGuid().ToString("N");
        var webhookId = (await CreateAsync($"{_receiver.BaseUrl}/down/{name}", "order.paid")).Text("id");

        await PlaceOrderAsync();

        await WaitForAsync(name, WebhookHost.MaxAttempts);
        var delivery = await SettledAsync(webhookId, "failed");
        Assert.Equal(WebhookHost.MaxAttempts, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(500, delivery.GetProperty("last_status_code").GetInt32());
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("delivered_at").ValueKind);
        await Task.Delay(1000);
        Assert.Equal(WebhookHost.MaxAttempts, _receiver.Received.Count(r => r.Name == name));
    }

    private Task<JsonElement> DeliveredAsync(string webhookId) => SettledAsync(webhookId, "delivered");

    private async Task<JsonElement> SettledAsync(string webhookId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await (await host.AdminClient.GetAsync($"/v1/webhooks/{webhookId}/deliveries")).JsonAsync();
            var delivery = Assert.Single(page.GetProperty("items").EnumerateArray());
            if (delivery.Text("status") == status || DateTime.UtcNow > deadline)
            {
                Assert.Equal(status, delivery.Text("status"));
                return delivery;
            }

            await Task.Delay(100);
        }
    }

    private async Task<JsonElement> CreateAsync(string url, params string[] events)
    {
        var response = await host.AdminClient.PostJsonAsync("/v1/webhooks", new { url, events, description = "test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private async Task<string> PlaceOrderAsync()
    {
        var product = await host.ProductAsync("Hook Kettle", 20m);
        var customer = await host.NewCustomerAsync();
        return (await customer.PlaceAsync(product, 1)).Text("id");
    }

    private async Task<List<ReceivedWebhook>> WaitForAsync(string name, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var seen = _receiver.Received.Where(r => r.Name == name).ToList();
            if (seen.Count >= count)
            {
                return seen;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{name} received {_receiver.Received.Count(r => r.Name == name)} of {count} posts");
        return [];
    }

    // The receiver's own check, written from the documented scheme, not from the host's code.
    private static string Expected(string secret, string id, string timestamp, string body)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    }
}
