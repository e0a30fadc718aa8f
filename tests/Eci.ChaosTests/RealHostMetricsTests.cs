using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>
/// The real host as its own process, where it is the only host (as in production), serves every series the alerts
/// and the dashboard use once a checkout and a declined payment went through. In the in-process tests several hosts
/// share one process, and the framework's per-host meters there are not reliable to assert on; nor is which
/// assemblies a host loads.
/// </summary>
public sealed class RealHostMetricsTests
{
    [Fact]
    public async Task A_real_host_serves_every_monitored_series_after_a_checkout()
    {
        var server = TestDatabase.PostgresServer;
        Assert.SkipWhen(server is null, TestDatabase.SkipReason);

        var ct = TestContext.Current.CancellationToken;
        await using var database = new PostgresTestDatabase(server);
        var settings = KillDuringCheckoutTests.ChildSettings(database);
        settings["Modules__Inventory__MetricsRefreshSeconds"] = "1";
        await using var host = new HostProcess(settings);
        Assert.True(await host.RunCommandAsync("migrate", TimeSpan.FromSeconds(90), ct) == 0, "migrate failed:" + Environment.NewLine + host.Tail);
        await host.StartAsync(ct);
        using var handler = new SocketsHttpHandler();
        using var anonymous = Checkouts.Client(handler, host.BaseAddress, token: null);
        using var admin = Checkouts.Client(handler, host.BaseAddress, await KillDuringCheckoutTests.TokenAsync(anonymous, KillDuringCheckoutTests.AdminEmail, KillDuringCheckoutTests.AdminPassword, ct));
        var product = (await KillDuringCheckoutTests.StockUpAsync(admin, ct)).Keys.First();
        var shopper = await KillDuringCheckoutTests.ShopperAsync(handler, host.BaseAddress, anonymous, ct);

        foreach (var token in new[] { "tok_success", "tok_card_declined" })
        {
            using var placed = await Shop.Send(shopper.Client, Shop.Order(token, (product, 1)), Guid.NewGuid().ToString());
            Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync(ct));
        }

        using var refused = await Shop.Send(shopper.Client, Shop.Order("tok_success", (product, 1000)), Guid.NewGuid().ToString());
        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);

        var wanted = MonitoredMetrics.Names.Where(n => n != "up").ToList();
        var served = await Poll.UntilAsync(() => SeriesAsync(anonymous, ct), names => wanted.All(names.Contains), TimeSpan.FromSeconds(30));
        Assert.All(wanted, name => Assert.Contains(name, served));
        Assert.Contains(served, n => n.StartsWith("dotnet_gc_", StringComparison.Ordinal));
        Assert.Contains(served, n => n.StartsWith("process_cpu_", StringComparison.Ordinal));
        // The instruments nobody reads are dropped (TelemetrySetup), while the ones they restate stay.
        Assert.Contains("db_client_operation_duration_seconds_count", served);
        Assert.Contains("aspnetcore_rate_limiting_requests_total", served);
        Assert.DoesNotContain(served, n => n.StartsWith("db_client_operation_npgsql_bytes_", StringComparison.Ordinal));
        Assert.DoesNotContain(served, n => n.StartsWith("aspnetcore_routing_match_attempts", StringComparison.Ordinal));
        Assert.DoesNotContain(served, n => n.StartsWith("aspnetcore_rate_limiting_request_lease_duration", StringComparison.Ordinal));

        // A host on PostgreSQL, through an order, a decline and a refusal (whose error checks ask about every engine),
        // never loads the other engines' clients (ProviderChecks).
        var mapped = await host.MappedFilesAsync(ct);
        Assert.Contains("Npgsql.dll", mapped);
        Assert.DoesNotContain("MySql.Data.dll", mapped);
        Assert.DoesNotContain("Microsoft.Data.Sqlite.dll", mapped);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore.Sqlite.dll", mapped);
    }

    private static async Task<HashSet<string>> SeriesAsync(HttpClient client, CancellationToken ct) =>
        PrometheusText.Samples(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), ct)).Keys
            .Select(PrometheusText.Name).ToHashSet(StringComparer.Ordinal);
}
