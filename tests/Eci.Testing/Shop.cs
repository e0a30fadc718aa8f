using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Eci.Testing;

/// <summary>What a test needs around an order, set up through the real API: priced products with stock, a customer with an address.</summary>
public static class Shop
{
    public static async Task<int> ProductAsync(this HostFixture host, decimal price, int stock, string? name = null)
    {
        host.RequireProvider();
        var product = await (await host.AdminClient.PostJsonAsync("/v1/products",
            new { sku = "ORD-" + Guid.NewGuid().ToString("N")[..12], name = name ?? "Thing " + price, category = "Test", price })).JsonAsync();
        var id = product.GetProperty("id").GetInt32();
        var warehouse = "O" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        (await host.AdminClient.PostJsonAsync("/v1/inventory/warehouses", new { code = warehouse, name = "Shop", priority = 1 })).EnsureSuccessStatusCode();
        if (stock > 0)
        {
            (await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = id, warehouse, quantity = stock })).EnsureSuccessStatusCode();
        }

        return id;
    }

    public static async Task<TestCustomer> ShopperAsync(this HostFixture host)
    {
        var customer = await host.NewCustomerAsync();
        var response = await customer.Client.PutJsonAsync($"/v1/users/{customer.Id}", new
        {
            addresses = new[] { new { line1 = "12 MG Road", city = "Bengaluru", postal_code = "560001", country = "IN", is_default = true } },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return customer;
    }

    public static Task<HttpResponseMessage> PlaceAsync(this TestCustomer customer, object body, string? key) => Send(customer.Client, body, key);

    public static Task<HttpResponseMessage> Send(HttpClient client, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders") { Content = JsonContent.Create(body, options: ApiJson.Options) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    public static object Order(string? token = null, params (int Product, int Quantity)[] lines) => new
    {
        items = lines.Select(l => new { product_id = l.Product, quantity = l.Quantity }).ToArray(),
        payment_method = "card",
        payment_token = token,
    };

    public static async Task<JsonElement> PlacedAsync(this TestCustomer customer, object body)
    {
        var response = await customer.PlaceAsync(body, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> StockAsync(this HostFixture host, int product) =>
        await (await host.AdminClient.GetAsync($"/v1/inventory/{product}")).JsonAsync();

    public static async Task<JsonElement> OrderAsync(this HostFixture host, string id) =>
        await (await host.AdminClient.GetAsync($"/v1/orders/{id}")).JsonAsync();

    public static async Task SetShipmentStatusAsync(this HostFixture host, string shipmentId, string status) =>
        (await host.AdminClient.PutJsonAsync($"/v1/shipments/{shipmentId}/status", new { status })).EnsureSuccessStatusCode();

    /// <summary>A product's stock as (on hand, held for orders, available to sell).</summary>
    public static (int OnHand, int Held, int Available) Figures(this JsonElement stock) => (
        stock.GetProperty("on_hand").GetInt32(),
        stock.GetProperty("reserved").GetInt32() + stock.GetProperty("committed").GetInt32(),
        stock.GetProperty("available").GetInt32());
}
