using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>Orders placed through the real API, and the notifications they lead to.</summary>
internal static class Shop
{
    /// <summary>A product of the given price with stock in a warehouse of its own.</summary>
    public static async Task<int> ProductAsync(this HostFixture host, string name, decimal price, int stock = 10)
    {
        host.RequireProvider();
        var created = await host.AdminClient.PostJsonAsync("/v1/products",
            new { sku = "NTF-" + Guid.NewGuid().ToString("N")[..12], name, category = "Test", price });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        var warehouse = "N" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        (await host.AdminClient.PostJsonAsync("/v1/inventory/warehouses", new { code = warehouse, name = "Notify", priority = 1 })).EnsureSuccessStatusCode();
        (await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = id, warehouse, quantity = stock })).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Places an order over HTTP as the customer and returns it.</summary>
    public static async Task<JsonElement> PlaceAsync(this TestCustomer customer, int product, int quantity, string? paymentToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                items = new[] { new { product_id = product, quantity } },
                payment_method = "card",
                payment_token = paymentToken,
                shipping_address = new { line1 = "7 Residency Road", city = "Bengaluru", postal_code = "560025", country = "IN" },
            }, options: ApiJson.Options),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await customer.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>The notifications a client may see, through GET /v1/notifications with the given query.</summary>
    public static async Task<List<JsonElement>> NotificationsAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/v1/notifications?page_size=100" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }

    /// <summary>Waits until the client sees notifications of the order that satisfy <paramref name="done"/>.</summary>
    public static Task<List<JsonElement>> OrderNotificationsAsync(this HttpClient client, string orderId, Func<List<JsonElement>, bool> done) =>
        Poll.UntilAsync(() => client.NotificationsAsync("&order_id=" + orderId), done, TimeSpan.FromSeconds(30));

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString() ?? string.Empty;
}
