using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Eci.Bench;

/// <summary>The few ECI calls the suite makes, over one pooled HTTP client per host.</summary>
internal sealed class ShopApi(Uri baseUrl)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Uri BaseUrl => baseUrl;

    public async Task<string> LoginAsync(string email, string password)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v1/users/login", null, new { email, password });
        return (await ReadAsync(response)).GetProperty("access_token").GetString()!;
    }

    public async Task<int> RegisterAsync(string email, string password)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v1/users/register", null, new { email, full_name = "Bench Shopper", password });
        return (await ReadAsync(response)).GetProperty("id").GetInt32();
    }

    public async Task CreateWarehouseAsync(string admin, string code)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v1/inventory/warehouses", admin, new { code, name = "Bench " + code, priority = 1 });
        await ReadAsync(response);
    }

    public async Task<int> CreateProductAsync(string admin, string sku, string name, string category, decimal price)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v1/products", admin, new { sku, name, category, price });
        return (await ReadAsync(response)).GetProperty("id").GetInt32();
    }

    public async Task AddStockAsync(string admin, int productId, string warehouse, int quantity)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v1/inventory", admin, new { product_id = productId, warehouse, quantity });
        await ReadAsync(response);
    }

    public async Task<JsonElement> StockAsync(string admin, int productId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v1/inventory/{productId.ToString(CultureInfo.InvariantCulture)}", admin, null);
        return await ReadAsync(response);
    }

    /// <summary>Places an order of the given lines under the given idempotency key (a fresh one when none); the caller reads the status.</summary>
    public Task<HttpResponseMessage> PlaceOrderAsync(string token, IEnumerable<(int Product, int Quantity)> lines, string? idempotencyKey = null)
    {
        var body = new
        {
            items = lines.Select(l => new { product_id = l.Product, quantity = l.Quantity }).ToList(),
            payment_method = "card",
            shipping_address = new { line1 = "12 MG Road", city = "Bengaluru", postal_code = "560001", country = "IN" },
        };
        var request = Request(HttpMethod.Post, "/v1/orders", token, body);
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString("N"));
        return _http.SendAsync(request);
    }

    /// <summary>The host's Prometheus scrape, or null when it answers no success.</summary>
    public async Task<string?> MetricsAsync()
    {
        using var response = await _http.GetAsync(new Uri("/metrics", UriKind.Relative));
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
    }

    /// <summary>A signed-in GET; the caller reads the status.</summary>
    public Task<HttpResponseMessage> GetAsync(string token, string path) => _http.SendAsync(Request(HttpMethod.Get, path, token, null));

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body) =>
        _http.SendAsync(Request(method, path, token, body));

    private static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return request;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
