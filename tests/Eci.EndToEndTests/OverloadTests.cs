using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Beyond the requests in flight and the queue the host allows, it sheds load at once with 503 and Retry-After.</summary>
public sealed class OverloadTests(OverloadHost host) : IClassFixture<OverloadHost>
{
    [Fact]
    public async Task A_burst_beyond_capacity_is_shed_with_503_while_probes_still_answer()
    {
        host.RequireProvider();

        var burst = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => host.Client.GetAsync("/v1/products?page_size=100"))));
        var live = await host.Client.GetAsync("/health/live");

        var shed = burst.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(shed);
        Assert.All(burst, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Equal("overloaded", (await shed[0].JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("application/problem+json", shed[0].Content.Headers.ContentType?.MediaType);
        Assert.True(shed[0].Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/v1/products")).StatusCode);
    }
}

/// <summary>
/// A host that allows one request in flight and none waiting. The catalog's read cache is off: a page answered from
/// memory in well under a millisecond lets a burst pass one request at a time, and the burst must reach the database.
/// </summary>
public sealed class OverloadHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Concurrency:PermitLimit"] = "1",
        ["RateLimits:Concurrency:QueueLimit"] = "0",
        ["Modules:Catalog:ReadCacheSeconds"] = "0",
    };

    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}
