using System.Net;
using System.Text.RegularExpressions;
using Eci.Testing;
using Xunit;

namespace Eci.AdminTests;

/// <summary>The console's session and headers as plain HTTP sees them: what a browser is told, and what the API accepts.</summary>
public sealed partial class ConsoleHttpTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [Fact]
    public async Task Console_pages_forbid_script_and_caching()
    {
        using var client = CookieClient();

        var response = await client.GetAsync("/admin/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        using var client = CookieClient();

        var response = await client.PostAsync("/admin/sign-in/attempt", Form(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword, token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task The_console_cookie_opens_the_console_but_never_the_api()
    {
        using var client = CookieClient();
        var form = await (await client.GetAsync("/admin/sign-in")).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(form).Groups[1].Value;

        var signIn = await client.PostAsync("/admin/sign-in/attempt", Form(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword, token));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/orders")).StatusCode);
    }

    private HttpClient CookieClient()
    {
        host.RequireProvider();
        return new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.Address };
    }

    private static FormUrlEncodedContent Form(string email, string password, string? token)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
