using System.Net;
using Eci.Testing;
using Npgsql;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// PostgreSQL goes away under the running host (its connections dropped, new ones refused) and comes back: requests
/// fail fast with 503 and Retry-After, readiness goes red, and everything resumes on its own.
/// </summary>
public sealed class DatabaseOutageTests(OutageHost host) : IClassFixture<OutageHost>
{
    [Fact]
    public async Task An_outage_is_503_with_retry_after_and_the_host_recovers_by_itself()
    {
        host.RequireProvider();
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/v1/products")).StatusCode);

        host.Proxy!.Cut();
        // A page not read before: the one above may be answered from the catalog's read cache.
        var read = await host.Client.GetAsync("/v1/products?page_size=17");
        var write = await host.AdminClient.PostJsonAsync("/v1/products", new { sku = "OUT-" + Guid.NewGuid().ToString("N")[..8], name = "Outage", category = "Test", price = 1m });
        var ready = await host.Client.GetAsync("/health/ready");

        foreach (var response in new[] { read, write })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("database_unavailable", (await response.JsonAsync()).GetProperty("code").GetString());
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        host.Proxy.Restore();
        var back = await Poll.UntilAsync(() => host.Client.GetAsync("/v1/products?page_size=17"), r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Poll.UntilAsync(() => host.Client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK)).StatusCode);
        var product = await host.ProductAsync(5m, 2);
        var order = await (await host.ShopperAsync()).PlacedAsync(Shop.Order(null, (product, 1)));
        Assert.Equal("fulfilling", order.GetProperty("status").GetString());
    }
}

/// <summary>A PostgreSQL host that reaches its server through a <see cref="CuttableProxy"/>.</summary>
public sealed class OutageHost : HostFixture
{
    public CuttableProxy? Proxy { get; private set; }

    protected override TestDatabase? CreateDatabase()
    {
        if (TestDatabase.PostgresServer is not { } server)
        {
            return null;
        }

        var target = new NpgsqlConnectionStringBuilder(server);
        Proxy = new CuttableProxy(target.Host ?? "localhost", target.Port);
        // No pooled connection may outlive the cut unnoticed for long, and no request may wait long for a new one.
        return new PostgresTestDatabase(new NpgsqlConnectionStringBuilder(server) { Host = "127.0.0.1", Port = Proxy.Port, Timeout = 5 }.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        Proxy?.Restore();
        await base.DisposeAsync();
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }
    }
}
