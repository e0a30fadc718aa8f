using System.Net;
using System.Net.Http.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>A host whose sign-in allows four requests per client in a window that cannot end while the tests run.</summary>
public sealed class StrictRateLimitHost : HostFixture
{
    public const int WindowSeconds = 3600;

    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();

    // The admin's own sign-in at start-up takes the first permit. A short window could roll over between that sign-in
    // and a test, handing the test a fresh set of permits; an hour-long one cannot.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Auth:PermitLimit"] = "4",
        ["RateLimits:Auth:WindowSeconds"] = WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class RateLimitTests(StrictRateLimitHost host) : IClassFixture<StrictRateLimitHost>
{
    [Fact]
    public async Task Login_beyond_the_limit_is_a_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await host.Client.PostJsonAsync("/v1/users/login", new { email = "nobody@example.com", password = "whatever-it-is" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        var limited = await host.Client.PostJsonAsync("/v1/users/login", new { email = "nobody@example.com", password = "whatever-it-is" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture),
            1, StrictRateLimitHost.WindowSeconds);
        Assert.Equal("too_many_requests", (await limited.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/v1/products")).StatusCode);
    }
}

/// <summary>Profile changes can carry a current password, so they share the sign-in limit; on a host of their own.</summary>
public sealed class ProfileRateLimitTests(StrictRateLimitHost host) : IClassFixture<StrictRateLimitHost>
{
    [Fact]
    public async Task Profile_changes_beyond_the_limit_are_a_429()
    {
        var id = (await (await host.AdminClient.GetAsync("/v1/users/me")).JsonAsync()).GetProperty("id").GetInt32();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await host.AdminClient.PutJsonAsync($"/v1/users/{id}", new { full_name = "Administrator" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

/// <summary>
/// A host behind a reverse proxy at 10.20.30.40 that passes each client's address in X-Forwarded-For, two sign-ins
/// per client an hour. <c>proxyNetwork</c> is the network the host trusts to forward addresses.
/// </summary>
public abstract class ProxiedHost(string proxyNetwork) : HostFixture
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();

    protected override IPAddress ClientAddress => IPAddress.Parse("10.20.30.40");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Http:ForwardedHeaders:Enabled"] = "true",
        ["Http:ForwardedHeaders:KnownNetworks:0"] = proxyNetwork,
        ["RateLimits:Auth:PermitLimit"] = "2",
        ["RateLimits:Auth:WindowSeconds"] = StrictRateLimitHost.WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The status of each of <paramref name="count"/> logins that the proxy forwards for <paramref name="client"/>.</summary>
    public async Task<IReadOnlyList<HttpStatusCode>> LoginsFromAsync(string client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/users/login")
            {
                Content = JsonContent.Create(new { email = "nobody@example.com", password = "whatever-it-is" }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            statuses.Add((await Client.SendAsync(request)).StatusCode);
        }

        return statuses;
    }
}

public sealed class TrustedProxyHost() : ProxiedHost("10.20.30.0/24");

public sealed class UntrustedProxyHost() : ProxiedHost("192.0.2.0/24");

public sealed class TrustedProxyRateLimitTests(TrustedProxyHost host) : IClassFixture<TrustedProxyHost>
{
    [Fact]
    public async Task Clients_forwarded_by_a_trusted_proxy_each_get_their_own_limit()
    {
        var first = await host.LoginsFromAsync("203.0.113.10", 3);
        var second = await host.LoginsFromAsync("203.0.113.20", 2);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], second);
    }
}

public sealed class UntrustedProxyRateLimitTests(UntrustedProxyHost host) : IClassFixture<UntrustedProxyHost>
{
    [Fact]
    public async Task Forwarded_addresses_from_an_untrusted_proxy_are_ignored()
    {
        // The admin's sign-in at start-up came from the proxy's address too, so one permit is left for everyone.
        var first = await host.LoginsFromAsync("203.0.113.10", 1);
        var second = await host.LoginsFromAsync("203.0.113.20", 1);

        Assert.Equal([HttpStatusCode.Unauthorized], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }
}

/// <summary>Registration shares the sign-in limit, so one client cannot create accounts in bulk; on a host of its own.</summary>
public sealed class RegistrationRateLimitTests(StrictRateLimitHost host) : IClassFixture<StrictRateLimitHost>
{
    [Fact]
    public async Task Registrations_beyond_the_limit_are_a_429_and_create_no_account()
    {
        var emails = Enumerable.Range(0, 4).Select(i => $"bulk{i}-{Guid.NewGuid():N}@example.com").ToList();

        var statuses = new List<HttpStatusCode>();
        foreach (var email in emails)
        {
            statuses.Add((await host.Client.PostJsonAsync("/v1/users/register", new { email, full_name = "Bulk", password = "bulk-account-1" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        var listed = await (await host.AdminClient.GetAsync($"/v1/users?email={Uri.EscapeDataString(emails[3])}")).JsonAsync();
        Assert.Equal(0, listed.GetProperty("total").GetInt64());
    }
}
