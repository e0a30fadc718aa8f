using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// The replaced system's own requests, sent through the real host as its clients send them, with exactly the outcomes
/// docs/seed-compatibility.md lists: the safe ones work unchanged, the unsafe ones are refused as documented.
/// </summary>
public abstract class SeedRequestsTests(HostFixture host)
{
    private static readonly object Address = new { line1 = "12 MG Road", city = "Bengaluru", postal_code = "560001", country = "IN" };

    [Fact]
    public async Task The_seeds_stock_requests_receive_reserve_and_ship_in_one_step_after_reserve()
    {
        var (product, warehouse) = await ProductAsync();
        var order = "seed-" + Guid.NewGuid().ToString("N")[..10];

        var received = await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, onhand = 10 });
        var reserved = await host.AdminClient.PostJsonAsync("/v1/inventory/reserve",
            new { order_id = order, product_id = product, quantity = 2, idempotency_key = order });
        var shipped = await host.AdminClient.PostJsonAsync("/v1/inventory/ship", new { order_id = order });

        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.Equal(HttpStatusCode.Created, reserved.StatusCode);
        Assert.Equal("active", (await reserved.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        Assert.Equal("fulfilled", (await shipped.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal((8, 0, 8), (await host.StockAsync(product)).Figures());
        var again = await host.AdminClient.PostJsonAsync("/v1/inventory/ship", new { order_id = order });
        Assert.Equal((HttpStatusCode.OK, "fulfilled"), (again.StatusCode, (await again.JsonAsync()).GetProperty("status").GetString()));
        Assert.Equal((8, 0, 8), (await host.StockAsync(product)).Figures());
    }

    [Fact]
    public async Task The_seeds_checkout_requests_register_log_in_order_pay_without_a_method_and_refund()
    {
        var (product, warehouse) = await ProductAsync();
        (await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, onhand = 5 })).EnsureSuccessStatusCode();
        var email = $"seed{Guid.NewGuid():N}@example.com";

        var registered = await host.Client.PostJsonAsync("/v1/users/register", new { email, full_name = "Asha Rao", password = "correct-horse-battery", phone = "+91 98450 12345" });
        var login = await host.Client.PostJsonAsync("/v1/users/login", new { email, password = "correct-horse-battery" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        using var customer = host.ClientWithToken((await login.JsonAsync()).GetProperty("access_token").GetString()!);

        var placed = await customer.PostJsonAsync("/v1/orders", new
        {
            items = new[] { new { product_id = product, quantity = 1 } },
            shipping_address = Address,
            payment_method = "card",
            idempotency_key = Guid.NewGuid().ToString(),
        });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var orderId = (await placed.JsonAsync()).GetProperty("id").GetString()!;

        var paid = await customer.PostJsonAsync("/v1/payments", new { order_id = orderId, amount = 10.50m, currency = "INR", idempotency_key = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var payment = await paid.JsonAsync();
        Assert.Equal(("succeeded", "card"), (payment.GetProperty("status").GetString(), payment.GetProperty("method").GetString()));

        var refunded = await host.AdminClient.PostJsonAsync($"/v1/payments/{payment.GetProperty("id").GetString()}/refund",
            new { amount = 10.50m, reason = "customer returned it", idempotency_key = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
        Assert.Equal("refunded", (await refunded.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_seeds_unsafe_requests_are_refused_as_documented()
    {
        var (product, warehouse) = await ProductAsync();
        (await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, onhand = 5 })).EnsureSuccessStatusCode();
        var customer = await host.ShopperAsync();
        var order = (await customer.PlacedAsync(Shop.Order(null, (product, 1)))).GetProperty("id").GetString()!;

        var weak = await host.Client.PostJsonAsync("/v1/users/register", new { email = $"weak{Guid.NewGuid():N}@example.com", full_name = "Weak", password = "secret" });
        var unkeyedOrder = await customer.Client.PostJsonAsync("/v1/orders", new { items = new[] { new { product_id = product, quantity = 1 } }, payment_method = "card" });
        var unkeyedPayment = await customer.Client.PostJsonAsync("/v1/payments", new { order_id = order, amount = 10m });
        var unknownMethod = await customer.Client.PostJsonAsync("/v1/payments", new { order_id = order, amount = 10m, method = "cheque", idempotency_key = Guid.NewGuid().ToString() });
        var madeUpOrder = await customer.Client.PostJsonAsync("/v1/payments", new { order_id = "order-1001", amount = 10m, idempotency_key = Guid.NewGuid().ToString() });
        var anonymousStock = await host.Client.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, onhand = 5 });
        var customerStock = await customer.Client.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, onhand = 5 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.True((await weak.JsonAsync()).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal((HttpStatusCode.BadRequest, "idempotency_key_required"), (unkeyedOrder.StatusCode, await CodeAsync(unkeyedOrder)));
        Assert.Equal((HttpStatusCode.BadRequest, "idempotency_key_required"), (unkeyedPayment.StatusCode, await CodeAsync(unkeyedPayment)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownMethod.StatusCode);
        Assert.True((await unknownMethod.JsonAsync()).GetProperty("errors").TryGetProperty("method", out _));
        Assert.Equal((HttpStatusCode.NotFound, "not_found"), (madeUpOrder.StatusCode, await CodeAsync(madeUpOrder)));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStock.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, customerStock.StatusCode);
        Assert.Equal("application/problem+json", weak.Content.Headers.ContentType?.MediaType);
        // The refused receipts added nothing: the five received, one of them held for the order placed above.
        Assert.Equal((5, 1, 4), (await host.StockAsync(product)).Figures());
    }

    [Fact]
    public async Task Shipping_a_released_hold_is_still_an_illegal_transition_and_changes_nothing()
    {
        var (product, warehouse) = await ProductAsync();
        (await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, onhand = 5 })).EnsureSuccessStatusCode();
        var order = "seed-" + Guid.NewGuid().ToString("N")[..10];
        (await host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new { order_id = order, product_id = product, quantity = 2 })).EnsureSuccessStatusCode();
        (await host.AdminClient.PostJsonAsync("/v1/inventory/release", new { order_id = order, reason = "cancelled" })).EnsureSuccessStatusCode();

        var shipped = await host.AdminClient.PostJsonAsync("/v1/inventory/ship", new { order_id = order });

        Assert.Equal((HttpStatusCode.Conflict, "illegal_transition"), (shipped.StatusCode, await CodeAsync(shipped)));
        Assert.Equal((5, 0, 5), (await host.StockAsync(product)).Figures());
    }

    /// <summary>A product in a warehouse of its own, created with the seed's product body; no stock yet.</summary>
    private async Task<(int Product, string Warehouse)> ProductAsync()
    {
        host.RequireProvider();
        var created = await host.AdminClient.PostJsonAsync("/v1/products",
            new { sku = "SEED-" + Guid.NewGuid().ToString("N")[..10], name = "Seed Kettle", category = "Electronics", price = 10.50m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var warehouse = "S" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        (await host.AdminClient.PostAsJsonAsync("/v1/inventory/warehouses", new { code = warehouse, name = "Seed", priority = 1 }, ApiJson.Options)).EnsureSuccessStatusCode();
        return ((await created.JsonAsync()).GetProperty("id").GetInt32(), warehouse);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.JsonAsync()).TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
}

public sealed class SqliteSeedRequestsTests(SqliteHost host) : SeedRequestsTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresSeedRequestsTests(PostgresHost host) : SeedRequestsTests(host), IClassFixture<PostgresHost>;
