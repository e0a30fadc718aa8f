using System.Globalization;
using System.Net;
using System.Text.Json;
using Eci.Modules.Inventory.Persistence;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>Sets up products, warehouses and stock through the real API, as an admin would.</summary>
internal static class InventoryHost
{
    public static Task<T> WithInventoryDbAsync<T>(this HostFixture host, Func<InventoryDbContext, Task<T>> work) =>
        host.InScopeAsync(async sp => await work(sp.GetRequiredService<InventoryDbContext>()));

    public static async Task<int> NewProductAsync(this HostFixture host)
    {
        host.RequireProvider();
        var response = await host.AdminClient.PostJsonAsync("/v1/products",
            new { sku = "INV-" + Guid.NewGuid().ToString("N")[..12], name = "Stocked", category = "Test", price = 10m });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    /// <summary>A new warehouse; lower priority numbers are allocated from first.</summary>
    public static async Task<string> NewWarehouseAsync(this HostFixture host, int priority)
    {
        var code = "W" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var response = await host.AdminClient.PostJsonAsync("/v1/inventory/warehouses", new { code, name = "Test " + code, priority });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    public static async Task ReceiveAsync(this HostFixture host, int productId, string warehouse, int quantity)
    {
        var response = await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = productId, warehouse, quantity });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A product with stock in two new warehouses: <c>first</c> (priority 1) and <c>second</c> (priority 2).</summary>
    public static async Task<(int ProductId, string First, string Second)> StockedProductAsync(this HostFixture host, int inFirst, int inSecond)
    {
        var productId = await host.NewProductAsync();
        var first = await host.NewWarehouseAsync(1);
        var second = await host.NewWarehouseAsync(2);
        if (inFirst > 0)
        {
            await host.ReceiveAsync(productId, first, inFirst);
        }

        if (inSecond > 0)
        {
            await host.ReceiveAsync(productId, second, inSecond);
        }

        return (productId, first, second);
    }

    public static Task<HttpResponseMessage> ReserveAsync(this HostFixture host, int productId, int quantity, string? warehouse = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/inventory/reserve")
        {
            Content = JsonContent(new { product_id = productId, quantity, warehouse }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return host.AdminClient.SendAsync(request);
    }

    public static async Task<JsonElement> StockAsync(this HostFixture host, int productId) =>
        await (await host.AdminClient.GetAsync($"/v1/inventory/{productId.ToString(CultureInfo.InvariantCulture)}")).JsonAsync();

    public static async Task<JsonElement> AuditAsync(this HostFixture host) =>
        await (await host.AdminClient.GetAsync("/v1/inventory/audit")).JsonAsync();

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, ApiJson.Options), System.Text.Encoding.UTF8, "application/json");
}
