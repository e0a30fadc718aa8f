using System.Net;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>Orders placed through the real API (with the shared shop helpers), and the notifications they lead to.</summary>
internal static class NotificationShop
{
    /// <summary>A product of the given price and name, with stock in a warehouse of its own.</summary>
    public static Task<int> ProductAsync(this HostFixture host, string name, decimal price, int stock = 10) =>
        Eci.Testing.Shop.ProductAsync(host, price, stock, name);

    /// <summary>Places an order over HTTP as the customer, shipped to a fixed address, and returns it.</summary>
    public static Task<JsonElement> PlaceAsync(this TestCustomer customer, int product, int quantity, string? paymentToken = null) =>
        customer.PlacedAsync(new
        {
            items = new[] { new { product_id = product, quantity } },
            payment_method = "card",
            payment_token = paymentToken,
            shipping_address = new { line1 = "7 Residency Road", city = "Bengaluru", postal_code = "560025", country = "IN" },
        });

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
