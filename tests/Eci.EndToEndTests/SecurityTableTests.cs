using System.Net;
using System.Text.RegularExpressions;
using Eci.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// docs/security.md's table, row by row: each endpoint called as an anonymous caller, a customer and an admin.
/// The host's endpoints and the table's rows must be the same set.
/// </summary>
public abstract partial class SecurityTableTests(HostFixture host)
{
    public static TheoryData<string, string, string, string> Rows => [.. SecurityTable.Read().Select(r => (r.Endpoint, r.Anonymous, r.Customer, r.Admin))];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_caller_gets_what_the_table_says(string endpoint, string anonymous, string customer, string admin)
    {
        host.RequireProvider();
        var (method, template) = Split(endpoint);
        var self = await host.NewCustomerAsync();
        var other = await host.NewCustomerAsync();
        var resources = await GuardedResourcesAsync();
        var orders = new Dictionary<int, Placed> { [self.Id] = await OrderOfAsync(self, resources), [other.Id] = await OrderOfAsync(other, resources) };
        var payments = new Dictionary<int, string> { [self.Id] = await PaymentOfAsync(self, orders[self.Id].OrderId), [other.Id] = await PaymentOfAsync(other, orders[other.Id].OrderId) };
        var notifications = template.Contains("/notifications/{id}", StringComparison.Ordinal)
            ? new Dictionary<int, string> { [self.Id] = await NotificationOfAsync(self), [other.Id] = await NotificationOfAsync(other) }
            : [];
        var returns = template.Contains("/returns/{id}", StringComparison.Ordinal)
            ? new Dictionary<int, string> { [self.Id] = await ReturnOfAsync(orders[self.Id], resources), [other.Id] = await ReturnOfAsync(orders[other.Id], resources) }
            : [];
        var feedEvent = template.Contains("/events/{id}", StringComparison.Ordinal) ? await FeedEventAsync() : null;
        var webhook = template.Contains("/webhooks/{id}", StringComparison.Ordinal) ? await WebhookAsync() : null;
        var delivery = template.Contains("{delivery_id}", StringComparison.Ordinal) ? await WebhookDeliveryAsync(webhook!, self, resources) : null;
        string Path(int userId)
        {
            var path = template.Replace("/users/{id}", $"/users/{userId}", StringComparison.Ordinal)
                .Replace("/payments/{id}", $"/payments/{payments[userId]}", StringComparison.Ordinal)
                .Replace("/orders/{id}", $"/orders/{orders[userId].OrderId}", StringComparison.Ordinal)
                .Replace("/shipments/{id}", $"/shipments/{orders[userId].ShipmentId}", StringComparison.Ordinal)
                .Replace("/idempotency-keys/{key}", $"/idempotency-keys/{orders[userId].Key}?owner={userId}", StringComparison.Ordinal);
            if (returns.TryGetValue(userId, out var returned))
            {
                path = path.Replace("/returns/{id}", $"/returns/{returned}", StringComparison.Ordinal);
            }

            if (feedEvent is not null)
            {
                path = path.Replace("/events/{id}", $"/events/{feedEvent}", StringComparison.Ordinal);
            }

            if (webhook is not null)
            {
                path = path.Replace("/webhooks/{id}", $"/webhooks/{webhook}", StringComparison.Ordinal).Replace("{delivery_id}", delivery ?? "", StringComparison.Ordinal);
            }

            if (notifications.TryGetValue(userId, out var notification))
            {
                path = path.Replace("/notifications/{id}", $"/notifications/{notification}", StringComparison.Ordinal);
            }

            foreach (var (placeholder, value) in resources)
            {
                path = path.Replace(placeholder, value, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("{", path, StringComparison.Ordinal);
            return path;
        }

        await Expect(anonymous, await SendAsync(host.Client, method, Path(self.Id)), signedIn: false);
        await Expect(customer, await SendAsync(self.Client, method, Path(self.Id)), signedIn: true);
        if (customer == "own" && (template.Contains("{id}", StringComparison.Ordinal) || template.Contains("{key}", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(self.Client, method, Path(other.Id))).StatusCode);
        }

        await Expect(admin, await SendAsync(host.AdminClient, method, Path(other.Id)), signedIn: true);
    }

    /// <summary>A webhook to a public address, for every event.</summary>
    private async Task<string> WebhookAsync()
    {
        var response = await host.AdminClient.PostJsonAsync("/v1/webhooks", new { url = "https://93.184.215.14/hook", events = new[] { "*" } });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>A delivery of the webhook: one of the events of an order placed after it was made.</summary>
    private async Task<string> WebhookDeliveryAsync(string webhook, TestCustomer customer, IReadOnlyList<(string Placeholder, string Value)> resources)
    {
        await OrderOfAsync(customer, resources);
        var items = await Poll.UntilAsync(
            async () => (await (await host.AdminClient.GetAsync($"/v1/webhooks/{webhook}/deliveries")).JsonAsync()).GetProperty("items"),
            items => items.GetArrayLength() > 0);
        return items[0].GetProperty("id").GetString()!;
    }

    /// <summary>A payment of the customer's own, charged against their order (a payment is filed under an order they may see).</summary>
    private static async Task<string> PaymentOfAsync(TestCustomer customer, string orderId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payments/charge")
        {
            Content = new StringContent($"{{\"order_id\":\"{orderId}\",\"amount\":10,\"method\":\"card\"}}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await customer.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private sealed record Placed(string OrderId, string ShipmentId, string Key);

    /// <summary>An order of the customer's own, paid and waiting for its shipment to leave.</summary>
    private static async Task<Placed> OrderOfAsync(TestCustomer customer, IReadOnlyList<(string Placeholder, string Value)> resources)
    {
        var product = resources.Single(r => r.Placeholder == "{product_id}").Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders")
        {
            Content = new StringContent(
                $"{{\"items\":[{{\"product_id\":{product},\"quantity\":1}}],\"payment_method\":\"card\","
                + "\"shipping_address\":{\"line1\":\"1 Test Street\",\"city\":\"Pune\",\"postal_code\":\"411001\",\"country\":\"IN\"}}",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        var key = Guid.NewGuid().ToString();
        request.Headers.Add("Idempotency-Key", key);
        var response = await customer.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var order = await response.JsonAsync();
        return new Placed(order.GetProperty("id").GetString()!, order.GetProperty("shipment_id").GetString()!, key);
    }

    /// <summary>A return of the customer's order, asked for by the admin once the order was delivered.</summary>
    private async Task<string> ReturnOfAsync(Placed order, IReadOnlyList<(string Placeholder, string Value)> resources)
    {
        foreach (var status in new[] { "shipped", "in_transit", "out_for_delivery", "delivered" })
        {
            (await host.AdminClient.PutJsonAsync($"/v1/shipments/{order.ShipmentId}/status", new { status })).EnsureSuccessStatusCode();
        }

        await Poll.UntilAsync(
            async () => await (await host.AdminClient.GetAsync($"/v1/orders/{order.OrderId}")).JsonAsync(),
            o => o.GetProperty("status").GetString() == "completed");
        var product = int.Parse(resources.Single(r => r.Placeholder == "{product_id}").Value, System.Globalization.CultureInfo.InvariantCulture);
        var response = await host.AdminClient.PostJsonAsync($"/v1/orders/{order.OrderId}/returns", new { lines = new[] { new { product_id = product, quantity = 1 } } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>A notification of the customer's own: the confirmation of the order they placed, once it is queued.</summary>
    private static async Task<string> NotificationOfAsync(TestCustomer customer)
    {
        var mine = await Poll.UntilAsync(
            async () => (await (await customer.Client.GetAsync("/v1/notifications")).JsonAsync()).GetProperty("items"),
            items => items.GetArrayLength() > 0);
        Assert.True(mine.GetArrayLength() > 0, "The customer's order led to no notification.");
        return mine[0].GetProperty("id").GetString()!;
    }

    /// <summary>An event of the feed: the orders placed for this test lead to some, once their outboxes are relayed.</summary>
    private async Task<string> FeedEventAsync()
    {
        var items = await Poll.UntilAsync(
            async () => (await (await host.AdminClient.GetAsync("/v1/events?limit=1")).JsonAsync()).GetProperty("items"),
            found => found.GetArrayLength() > 0);
        Assert.True(items.GetArrayLength() > 0, "The orders led to no event in the feed.");
        return items[0].GetProperty("id").GetString()!;
    }

    /// <summary>Real resources for every placeholder of the table, made by the admin, so an allowed call never meets a 404.</summary>
    private async Task<IReadOnlyList<(string Placeholder, string Value)>> GuardedResourcesAsync()
    {
        var admin = host.AdminClient;
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var product = (await (await admin.PostJsonAsync("/v1/products", new { sku = "SEC-" + tag, name = "Guarded", category = "Test", price = 1m })).JsonAsync())
            .GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var productId = int.Parse(product, System.Globalization.CultureInfo.InvariantCulture);
        var code = "S" + tag;
        var elsewhere = "T" + tag;
        (await admin.PostJsonAsync("/v1/inventory/warehouses", new { code, name = "Security", priority = 1 })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/v1/inventory/warehouses", new { code = elsewhere, name = "Security, elsewhere", priority = 2 })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/v1/inventory", new { product_id = productId, warehouse = code, quantity = 10 })).EnsureSuccessStatusCode();
        async Task<string> IdOfAsync(string path, object body) => (await (await admin.PostJsonAsync(path, body)).JsonAsync()).GetProperty("id").GetString()!;
        var reservation = await IdOfAsync("/v1/inventory/reserve", new { product_id = productId, quantity = 1 });
        var transfer = await IdOfAsync("/v1/inventory/transfers", new { product_id = productId, from = code, to = elsewhere, quantity = 1 });
        var incoming = await IdOfAsync("/v1/inventory/incoming",
            new { product_id = productId, warehouse = code, quantity = 1, expected_at = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        return
        [
            ("/products/{id}", $"/products/{product}"), ("/reservations/{id}", $"/reservations/{reservation}"), ("/transfers/{id}", $"/transfers/{transfer}"),
            ("/incoming/{id}", $"/incoming/{incoming}"), ("{product_id}", product), ("{code}", code),
        ];
    }

    [Fact]
    public void The_table_lists_exactly_the_endpoints_the_host_serves()
    {
        host.RequireProvider();
        var served = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1/", StringComparison.Ordinal) == true)
            .Where(e => !(e.RoutePattern.RawText ?? "").EndsWith("/health", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();

        var documented = SecurityTable.Read().Select(r => r.Endpoint).ToHashSet();

        Assert.Empty(served.Except(documented));
        Assert.Empty(documented.Except(served));
    }

    private static async Task Expect(string rule, HttpResponseMessage response, bool signedIn)
    {
        var status = response.StatusCode;
        switch (rule)
        {
            case "no":
                Assert.Equal(signedIn ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized, status);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                break;
            case "yes" or "own":
                Assert.NotEqual(HttpStatusCode.Unauthorized, status);
                Assert.NotEqual(HttpStatusCode.Forbidden, status);
                Assert.NotEqual(HttpStatusCode.NotFound, status);
                Assert.True((int)status < 500, $"{status} from an allowed call");
                break;
            default:
                Assert.Fail($"unknown rule '{rule}' in docs/security.md");
                break;
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    private static (string Method, string Path) Split(string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        return (endpoint[..space], endpoint[(space + 1)..]);
    }

    private static string Normalize(string pattern) => RouteConstraint().Replace(pattern, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{([a-z_]+):[^}]+\}")]
    private static partial Regex RouteConstraint();
}

public sealed class SqliteSecurityTableTests(SqliteHost host) : SecurityTableTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresSecurityTableTests(PostgresHost host) : SecurityTableTests(host), IClassFixture<PostgresHost>;

/// <summary>Reads the "Who may call what" table of docs/security.md.</summary>
internal static partial class SecurityTable
{
    public sealed record Row(string Endpoint, string Anonymous, string Customer, string Admin);

    public static IReadOnlyList<Row> Read()
    {
        var rows = File.ReadAllLines(Locate())
            .Select(line => TableRow().Match(line))
            .Where(m => m.Success)
            .Select(m => new Row(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value))
            .ToList();
        return rows.Count > 0 ? rows : throw new InvalidDataException("docs/security.md has no endpoint table.");
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "docs", "security.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/security.md was not found above the test output folder.");
    }

    [GeneratedRegex(@"^\|\s*`([A-Z]+ /v1[^`]*)`\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*$")]
    private static partial Regex TableRow();
}
