using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>A host whose login allows three attempts a minute per client.</summary>
public sealed class StrictRateLimitHost : HostFixture
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();

    // The admin's own sign-in at start-up is the first of the permits.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Auth:PermitLimit"] = "4",
        ["RateLimits:Auth:WindowSeconds"] = "60",
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
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("too_many_requests", (await limited.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/v1/products")).StatusCode);
    }
}
