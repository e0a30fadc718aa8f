using System.Net;
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
