using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Eci.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// Every response carries the headers that stop browsers from sniffing, framing or leaking it; the API's policy allows
/// nothing, the reference page's allows only what it loads from this host; a signed-in caller's answers are never cached.
/// </summary>
public abstract partial class SecurityHeadersTests(HostFixture host)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    private static void AssertHardened(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"), "the response names the server");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;

    private static string? CacheControl(HttpResponseMessage response) => response.Headers.CacheControl?.ToString();

    public static TheoryData<string, string, int> Responses => new()
    {
        { "GET", "/v1/products", 200 },
        { "GET", "/v1/no-such-thing", 404 },
        { "GET", "/v1/users/me", 401 },
        { "PATCH", "/v1/products", 405 },
        { "GET", "/health/live", 200 },
        { "GET", "/openapi/v1.json", 200 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_api_response_allows_no_content_and_no_framing(string method, string path, int status)
    {
        host.RequireProvider();

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        AssertHardened(response);
        Assert.Equal(ApiPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Refusals_written_before_any_endpoint_carry_the_headers_too()
    {
        host.RequireProvider();
        using var content = new StringContent("{\"name\":\"" + new string('a', 1_100_000) + "\"}", Encoding.UTF8, "application/json");

        var tooLarge = await host.AdminClient.PostAsync("/v1/products", content);
        var malformed = await host.AdminClient.PostAsync("/v1/products", new StringContent("{", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        foreach (var response in new[] { tooLarge, malformed })
        {
            AssertHardened(response);
            Assert.Equal(ApiPolicy, Header(response, "Content-Security-Policy"));
        }

        Assert.Equal("no-store", CacheControl(malformed));
    }

    [Fact]
    public async Task A_signed_in_callers_answers_are_never_stored_and_anonymous_catalog_reads_may_be()
    {
        var customer = await host.NewCustomerAsync();

        var own = await customer.Client.GetAsync($"/v1/users/{customer.Id}");
        var orders = await customer.Client.GetAsync("/v1/orders");
        var catalog = await host.Client.GetAsync("/v1/products");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, orders.StatusCode);
        Assert.Equal("no-store", CacheControl(own));
        Assert.Equal("no-store", CacheControl(orders));
        Assert.Null(CacheControl(catalog));
    }

    [Fact]
    public async Task The_login_answer_with_its_token_is_never_stored()
    {
        var customer = await host.NewCustomerAsync();

        var login = await host.Client.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = customer.Password });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("no-store", CacheControl(login));
        AssertHardened(login);
    }

    [Fact]
    public async Task The_reference_page_may_run_only_what_this_host_serves()
    {
        host.RequireProvider();

        var page = await host.Client.GetAsync("/docs");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertHardened(page);
        var policy = Header(page, "Content-Security-Policy") ?? "";
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        var sources = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            // The policy allows scripts from this host only, so each one the page loads must come from here.
            Assert.False(Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal),
                $"the page loads {source} from another host, which its policy blocks");
            var script = await host.Client.GetAsync(new Uri(new Uri("http://localhost/docs/"), source));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
    }

    [Fact]
    public void Kestrel_does_not_name_itself()
    {
        host.RequireProvider();

        var kestrel = host.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}

public sealed class SqliteSecurityHeadersTests(SqliteHost host) : SecurityHeadersTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresSecurityHeadersTests(PostgresHost host) : SecurityHeadersTests(host), IClassFixture<PostgresHost>;
