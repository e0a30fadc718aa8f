using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>OWASP API4: no list hands out more than 100 rows at once, however many a caller asks for.</summary>
public abstract class PageSizeLimitTests(HostFixture host)
{
    public static TheoryData<string, int> Lists => new()
    {
        { "/v1/products", 101 },
        { "/v1/products/search", 1_000_000 },
        { "/v1/users", 101 },
        { "/v1/orders", 1_000 },
        { "/v1/payments", 101 },
        { "/v1/shipments", 101 },
        { "/v1/notifications", 2_147_483_647 },
        { "/v1/inventory/transfers", 101 },
        { "/v1/inventory/incoming", 101 },
        { "/v1/returns", 101 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_page_size_above_100_is_refused(string list, int pageSize)
    {
        host.RequireProvider();

        var tooMany = await host.AdminClient.GetAsync($"{list}?page_size={pageSize}");
        var most = await host.AdminClient.GetAsync($"{list}?page_size=100");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        Assert.True((await tooMany.JsonAsync()).GetProperty("errors").TryGetProperty("page_size", out _), "the problem does not name page_size");
        Assert.Equal(HttpStatusCode.OK, most.StatusCode);
    }
}

public sealed class SqlitePageSizeLimitTests(SqliteHost host) : PageSizeLimitTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresPageSizeLimitTests(PostgresHost host) : PageSizeLimitTests(host), IClassFixture<PostgresHost>;
