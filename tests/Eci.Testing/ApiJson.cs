using System.Net.Http.Json;
using System.Text.Json;
using Eci.Shared.Http;

namespace Eci.Testing;

/// <summary>Reads and writes the API's snake_case JSON in tests.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = EciJson.Create();

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Options);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(Options) ?? throw new InvalidOperationException("Empty body.");
}
