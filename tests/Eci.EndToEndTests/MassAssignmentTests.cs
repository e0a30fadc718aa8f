using System.Net;
using System.Text;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// OWASP API3: a customer cannot write a property the server owns (role, status, prices, totals, refunds, someone
/// else's customer id) through any body they may send, and no answer shows a password, a hash or a token.
/// </summary>
public abstract class MassAssignmentTests(HostFixture host)
{
    private static readonly string[] ForbiddenNames = ["password", "hash", "token", "secret", "salt"];

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string json)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Registration_cannot_choose_the_role_or_the_account_state()
    {
        host.RequireProvider();
        var email = $"m{Guid.NewGuid():N}@example.com";
        const string password = "mass-assign-1234";

        var registered = await OkAsync(await SendAsync(host.Client, HttpMethod.Post, "/v1/users/register", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["email"] = email,
            ["full_name"] = "Mallory",
            ["password"] = password,
            ["role"] = "admin",
            ["is_admin"] = true,
            ["status"] = "active",
            ["id"] = 1,
            ["failed_logins"] = -100,
            ["password_hash"] = "AQAAAA==",
        })), HttpStatusCode.Created);
        var client = await host.SignedInClientAsync(email, password);

        Assert.Equal("customer", registered.GetProperty("role").GetString());
        Assert.NotEqual(1, registered.GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync("/v1/products", new { sku = "MA-1", name = "x", category = "x", price = 1m })).StatusCode);
    }

    [Fact]
    public async Task A_profile_change_cannot_promote_the_customer()
    {
        var customer = await host.NewCustomerAsync();

        var updated = await OkAsync(await SendAsync(customer.Client, HttpMethod.Put, $"/v1/users/{customer.Id}",
            "{\"full_name\":\"Still Me\",\"role\":\"admin\",\"is_admin\":true,\"status\":\"active\",\"id\":1,\"has_password\":false}"), HttpStatusCode.OK);
        var signedInAgain = await host.SignedInClientAsync(customer.Email, customer.Password);

        Assert.Equal("Still Me", updated.GetProperty("full_name").GetString());
        Assert.Equal("customer", updated.GetProperty("role").GetString());
        Assert.Equal(customer.Id, updated.GetProperty("id").GetInt32());
        Assert.True(updated.GetProperty("has_password").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await signedInAgain.GetAsync("/v1/users")).StatusCode);
    }

    [Fact]
    public async Task An_order_is_priced_and_stated_by_the_server_whatever_the_body_says()
    {
        var customer = await host.NewCustomerAsync();
        var product = await ProductInStockAsync(250m);
        var items = $"[{{\"product_id\":{product},\"quantity\":2,\"price\":0.01,\"unit_price\":0.01,\"line_total\":0.01}}]";
        const string address = "{\"line1\":\"1 Test Street\",\"city\":\"Pune\",\"postal_code\":\"411001\",\"country\":\"IN\"}";

        var plain = await OkAsync(await SendAsync(customer.Client, HttpMethod.Post, "/v1/orders",
            $"{{\"items\":[{{\"product_id\":{product},\"quantity\":2}}],\"payment_method\":\"card\",\"shipping_address\":{address}}}"), HttpStatusCode.Created);
        var hostile = await OkAsync(await SendAsync(customer.Client, HttpMethod.Post, "/v1/orders",
            $"{{\"items\":{items},\"payment_method\":\"card\",\"shipping_address\":{address},\"price\":0.01,\"subtotal\":0.01,\"total\":0.01,"
            + "\"tax\":0,\"shipping\":0,\"status\":\"delivered\",\"payment_status\":\"refunded\",\"refunded_amount\":500}"), HttpStatusCode.Created);

        Assert.Equal(250m, hostile.GetProperty("items")[0].GetProperty("unit_price").GetDecimal());
        Assert.Equal(500m, hostile.GetProperty("subtotal").GetDecimal());
        foreach (var field in new[] { "subtotal", "tax", "shipping", "total" })
        {
            Assert.Equal(plain.GetProperty(field).GetDecimal(), hostile.GetProperty(field).GetDecimal());
        }

        Assert.Equal(plain.GetProperty("status").GetString(), hostile.GetProperty("status").GetString());
        Assert.Equal(plain.GetProperty("payment_status").GetString(), hostile.GetProperty("payment_status").GetString());
        Assert.NotEqual("delivered", hostile.GetProperty("status").GetString());
        Assert.Equal(customer.Id, hostile.GetProperty("customer_id").GetInt32());
    }

    [Fact]
    public async Task An_order_or_a_charge_for_another_customer_is_refused()
    {
        var customer = await host.NewCustomerAsync();
        var other = await host.NewCustomerAsync();
        var product = await ProductInStockAsync(10m);

        var order = await SendAsync(customer.Client, HttpMethod.Post, "/v1/orders",
            $"{{\"items\":[{{\"product_id\":{product},\"quantity\":1}}],\"payment_method\":\"card\",\"customer_id\":{other.Id},"
            + "\"shipping_address\":{\"line1\":\"1 Test Street\",\"city\":\"Pune\",\"postal_code\":\"411001\",\"country\":\"IN\"}}");
        var charge = await SendAsync(customer.Client, HttpMethod.Post, "/v1/payments/charge",
            $"{{\"order_id\":\"ma-{Guid.NewGuid():N}\",\"amount\":10,\"method\":\"card\",\"customer_id\":{other.Id}}}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, order.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, charge.StatusCode);
        Assert.Equal(0, (await (await other.Client.GetAsync("/v1/orders")).JsonAsync()).GetProperty("total").GetInt64());
        Assert.Equal(0, (await (await other.Client.GetAsync("/v1/payments")).JsonAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_charge_cannot_state_its_own_outcome_or_refunds()
    {
        var customer = await host.NewCustomerAsync();
        var order = await OrderOfAsync(customer);

        var declined = await OkAsync(await SendAsync(customer.Client, HttpMethod.Post, "/v1/payments/charge",
            $"{{\"order_id\":\"{order}\",\"amount\":10,\"method\":\"card\",\"payment_token\":\"tok_card_declined\","
            + "\"status\":\"succeeded\",\"failure_code\":null,\"refunded_amount\":0}"), HttpStatusCode.Created);
        var paid = await OkAsync(await SendAsync(customer.Client, HttpMethod.Post, "/v1/payments/charge",
            $"{{\"order_id\":\"{order}\",\"amount\":10,\"method\":\"card\",\"status\":\"refunded\",\"refunded_amount\":10,"
            + "\"refunds\":[{\"amount\":10}],\"gateway_reference\":\"forged\"}"), HttpStatusCode.Created);

        Assert.Equal("failed", declined.GetProperty("status").GetString());
        Assert.Equal("succeeded", paid.GetProperty("status").GetString());
        Assert.Equal(0m, paid.GetProperty("refunded_amount").GetDecimal());
        Assert.Empty(paid.GetProperty("refunds").EnumerateArray());
        Assert.NotEqual("forged", paid.GetProperty("gateway_reference").GetString());
        Assert.Equal(customer.Id, paid.GetProperty("customer_id").GetInt32());
    }

    [Fact]
    public async Task No_customer_answer_shows_a_password_a_hash_or_a_token()
    {
        var customer = await host.NewCustomerAsync();

        var answers = new[]
        {
            await customer.Client.GetAsync("/v1/users/me"),
            await customer.Client.GetAsync($"/v1/users/{customer.Id}"),
            await host.AdminClient.GetAsync($"/v1/users/{customer.Id}"),
            await host.AdminClient.GetAsync($"/v1/users?email={Uri.EscapeDataString(customer.Email)}"),
            await host.AdminClient.GetAsync("/v1/users?page_size=100"),
        };

        foreach (var answer in answers)
        {
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{answer.RequestMessage?.RequestUri}: {answer.StatusCode}");
            Assert.DoesNotContain(customer.Password, body, StringComparison.Ordinal);
            Assert.DoesNotContain("AQAAAA", body, StringComparison.Ordinal);
            var names = PropertyNames(JsonDocument.Parse(body).RootElement).ToList();
            Assert.Contains("email", names);
            Assert.DoesNotContain(names, n => n != "has_password" && ForbiddenNames.Any(f => n.Contains(f, StringComparison.OrdinalIgnoreCase)));
        }
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    /// <summary>An order of the customer's own, placed through the API; a charge is filed under an order the caller may see.</summary>
    private async Task<string> OrderOfAsync(TestCustomer customer)
    {
        var product = await ProductInStockAsync(10m);
        var order = await OkAsync(await SendAsync(customer.Client, HttpMethod.Post, "/v1/orders",
            $"{{\"items\":[{{\"product_id\":{product},\"quantity\":1}}],\"payment_method\":\"card\","
            + "\"shipping_address\":{\"line1\":\"1 Test Street\",\"city\":\"Pune\",\"postal_code\":\"411001\",\"country\":\"IN\"}}"), HttpStatusCode.Created);
        return order.GetProperty("id").GetString()!;
    }

    /// <summary>A product at the given price with stock in a warehouse of its own, made by the admin.</summary>
    private async Task<int> ProductInStockAsync(decimal price)
    {
        var admin = host.AdminClient;
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var product = (await (await admin.PostJsonAsync("/v1/products", new { sku = "MA-" + tag, name = "Priced", category = "Test", price })).JsonAsync())
            .GetProperty("id").GetInt32();
        (await admin.PostJsonAsync("/v1/inventory/warehouses", new { code = "M" + tag, name = "Mass", priority = 1 })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse = "M" + tag, quantity = 50 })).EnsureSuccessStatusCode();
        return product;
    }
}

public sealed class SqliteMassAssignmentTests(SqliteHost host) : MassAssignmentTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresMassAssignmentTests(PostgresHost host) : MassAssignmentTests(host), IClassFixture<PostgresHost>;
