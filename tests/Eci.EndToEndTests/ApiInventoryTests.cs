using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// OWASP API9 and API7 from the published OpenAPI document: it describes exactly the /v1 endpoints of the security
/// table (no undocumented or forgotten operation), and no request field takes an address for the server to fetch.
/// </summary>
public sealed class ApiInventoryTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static readonly string[] AddressWords = ["url", "uri", "href", "link", "callback", "webhook", "endpoint", "host", "redirect"];

    private async Task<JsonElement> DocumentAsync() => JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json")).RootElement.Clone();

    [Fact]
    public async Task The_openapi_document_describes_exactly_the_endpoints_of_the_security_table()
    {
        var document = await DocumentAsync();

        var described = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/v1/", StringComparison.Ordinal) && path.Name != "/v1/health")
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(op => $"{op.Name.ToUpperInvariant()} {path.Name.TrimEnd('/')}"))
            .ToHashSet();
        var documented = SecurityTable.Read().Select(r => r.Endpoint).ToHashSet();

        Assert.NotEmpty(described);
        Assert.Empty(described.Except(documented));
        Assert.Empty(documented.Except(described));
    }

    // The one field that takes an address to call: a webhook's endpoint, refused for loopback, private, link-local and
    // metadata addresses at creation and again when connecting, and never redirected (ADR 0044).
    private const string WebhookEndpoint = "WebhookRequest.url";

    [Fact]
    public async Task No_request_field_or_parameter_takes_an_address_to_fetch_but_a_guarded_webhook_endpoint()
    {
        var document = await DocumentAsync();

        var names = new List<string>();
        foreach (var operation in document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()))
        {
            if (operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("parameters", out var parameters))
            {
                names.AddRange(parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
            }
        }

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var fields = schemas.EnumerateObject().Where(s => s.Name.EndsWith("Request", StringComparison.Ordinal) || !s.Name.EndsWith("Response", StringComparison.Ordinal))
            .SelectMany(s => s.Value.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => $"{s.Name}.{p.Name}") : [])
            .ToList();
        Assert.Contains(WebhookEndpoint, fields);
        names.AddRange(fields.Where(f => f != WebhookEndpoint).Select(f => f[(f.LastIndexOf('.') + 1)..]));
        var uriFormats = schemas.GetRawText().Contains("\"format\": \"uri\"", StringComparison.Ordinal)
            || schemas.GetRawText().Contains("\"format\":\"uri\"", StringComparison.Ordinal);

        Assert.Contains("email", names);
        Assert.DoesNotContain(names, n => AddressWords.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.False(uriFormats, "a schema has a field of format uri");
    }
}
