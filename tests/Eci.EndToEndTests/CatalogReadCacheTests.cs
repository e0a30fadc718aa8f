using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Anonymous catalog reads come from the output cache, and a catalog write empties it at once.</summary>
public abstract class CatalogReadCacheTests(HostFixture host)
{
    [Fact]
    public async Task A_repeated_anonymous_read_is_served_from_the_cache_until_a_write_changes_the_catalog()
    {
        host.RequireProvider();
        var sku = "CACHE-" + Guid.NewGuid().ToString("N")[..10];
        var created = await (await host.AdminClient.PostJsonAsync("/v1/products", new { sku, name = "Cached Kettle", category = "Kitchen", price = 100m })).JsonAsync();
        var path = $"/v1/products/{created.GetProperty("id").GetInt32()}";

        var first = await host.Client.GetAsync(path);
        // On PostgreSQL the replica's change listener connects after the host's first answer (ADR 0058) and then evicts
        // the whole cache once (ADR 0041), which can take the entry the first read left: read again until the cache answers.
        var second = await Poll.UntilAsync(() => host.Client.GetAsync(path), r => r.Headers.Age is not null, TimeSpan.FromSeconds(5));
        (await host.AdminClient.PutJsonAsync(path, new { sku, name = "Cached Kettle", category = "Kitchen", price = 150m })).EnsureSuccessStatusCode();
        var afterWrite = await host.Client.GetAsync(path);
        var asAdmin = await host.AdminClient.GetAsync(path);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Null(afterWrite.Headers.Age);
        Assert.Equal(150m, (await afterWrite.JsonAsync()).GetProperty("price").GetDecimal());
        Assert.Null(asAdmin.Headers.Age);
    }
}

public sealed class SqliteCatalogReadCacheTests(SqliteHost host) : CatalogReadCacheTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresCatalogReadCacheTests(PostgresHost host) : CatalogReadCacheTests(host), IClassFixture<PostgresHost>;
