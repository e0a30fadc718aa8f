using System.Text.Json;
using System.Text.RegularExpressions;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// docs/api.md and the host's OpenAPI document describe the same endpoints: every operation the host serves under
/// <c>/v1</c> is written in the guide as <c>`METHOD /path`</c>, and every such endpoint the guide names is served.
/// Route parameters match whatever their names (<c>{id}</c>, <c>{product_id}</c>); a query string is ignored.
/// </summary>
public sealed partial class ApiGuideTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    [Fact]
    public async Task The_guide_and_the_openapi_document_name_the_same_endpoints()
    {
        using var openApi = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json"));
        var served = openApi.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => Methods.Contains(operation.Name))
                .Select(operation => Normalise(operation.Name, path.Name)))
            .Where(e => e.Contains(" /v1/", StringComparison.Ordinal))
            .ToHashSet();
        var guide = File.ReadAllText(GuidePath());
        var written = Endpoint().Matches(guide).Select(m => Normalise(m.Groups["method"].Value, m.Groups["path"].Value)).ToHashSet();

        Assert.True(served.Count > 40, $"only {served.Count} operations in the OpenAPI document");
        Assert.Empty(served.Except(written).Order());
        Assert.Empty(written.Except(served).Order());
    }

    /// <summary><c>GET /v1/inventory/{product_id}?x=1</c> → <c>GET /v1/inventory/{}</c>.</summary>
    private static string Normalise(string method, string path)
    {
        var withoutQuery = path.Split('?')[0].TrimEnd('/');
        return method.ToUpperInvariant() + " " + Parameter().Replace(withoutQuery, "{}");
    }

    private static string GuidePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "api.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/api.md was not found above the test output folder.");
    }

    [GeneratedRegex(@"`(?<method>GET|POST|PUT|DELETE|PATCH) (?<path>/v1/[^`\s]*)`")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
