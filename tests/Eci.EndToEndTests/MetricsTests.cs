using System.Diagnostics.Metrics;
using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>/metrics through the host: a checkout moves the business metrics the dashboards and alerts read.</summary>
public abstract class MetricsTests(HostFixture host)
{
    [Fact]
    public async Task A_checkout_moves_the_business_metrics()
    {
        host.RequireProvider();
        var before = await ScrapeAsync();
        var product = await host.ProductAsync(25m, 7);
        var shopper = await host.ShopperAsync();

        await shopper.PlacedAsync(Shop.Order(null, (product, 2)));
        await shopper.PlacedAsync(Shop.Order("tok_card_declined", (product, 1)));

        // Orders and payments count their events as the outbox publishes them, shortly after the answer.
        var after = await Poll.UntilAsync(ScrapeAsync, m =>
            Sum(m, "orders_placed_total") > Sum(before, "orders_placed_total")
            && Sum(m, "payments_completed_total") > Sum(before, "payments_completed_total")
            && Sum(m, "order_value_count") > Sum(before, "order_value_count")
            && Sum(m, "payments_failed_total") > Sum(before, "payments_failed_total")
            && Values(m, "inventory_available_stock", $"product_id=\"{product}\"").Contains(5));
        Assert.True(Sum(after, "orders_placed_total") > Sum(before, "orders_placed_total"), "orders_placed_total did not move");
        Assert.True(Sum(after, "payments_completed_total") > Sum(before, "payments_completed_total"), "payments_completed_total did not move");
        Assert.True(Sum(after, "inventory_reservations_total", "result=\"held\"") > Sum(before, "inventory_reservations_total", "result=\"held\""));
        Assert.True(Sum(after, "checkout_duration_seconds_count") > Sum(before, "checkout_duration_seconds_count"));
        Assert.True(Sum(after, "order_value_count") > Sum(before, "order_value_count"));
        Assert.Contains(5, Values(after, "inventory_available_stock", $"product_id=\"{product}\""));
        // The framework's meters (ASP.NET Core, Npgsql, runtime) are per host; with several hosts in this process
        // they are checked on a real host process instead (RealHostMetricsTests).
    }

    [Fact]
    public async Task Metrics_are_served_to_anyone_in_the_prometheus_text_format()
    {
        host.RequireProvider();

        var response = await host.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_module_series_beyond_the_stream_limit_fold_into_the_overflow_series()
    {
        host.RequireProvider();
        // A meter named as a module's is, with more series than a stream holds (the host's limit is 128).
        using var meter = new Meter("Eci.MetricsTests." + Guid.NewGuid().ToString("N"));
        var name = "metrics_test_" + Guid.NewGuid().ToString("N")[..8] + "_total";
        var counter = meter.CreateCounter<long>(name);
        for (var i = 0; i < 200; i++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("item", i));
        }

        // The exporter answers a scrape from a copy up to 300 ms old.
        var series = (await Poll.UntilAsync(ScrapeAsync, m => m.Keys.Any(k => Name(k) == name)))
            .Where(m => Name(m.Key) == name).ToList();

        var overflow = Assert.Single(series, s => s.Key.Contains("otel_metric_overflow=\"true\"", StringComparison.Ordinal));
        Assert.True(series.Count - 1 <= 128, $"{series.Count - 1} series kept besides the overflow");
        Assert.True(overflow.Value >= 200 - 128, $"the overflow counted {overflow.Value}");
        Assert.Equal(200, series.Sum(s => s.Value));
    }

    private async Task<IReadOnlyDictionary<string, double>> ScrapeAsync() => PrometheusText.Samples(await host.Client.GetStringAsync("/metrics"));

    private static string Name(string series) => PrometheusText.Name(series);

    /// <summary>The values of one metric's series; hosts in one test process share meters, so several may match.</summary>
    private static List<double> Values(IReadOnlyDictionary<string, double> metrics, string name, string label) =>
        metrics.Where(m => Name(m.Key) == name && m.Key.Contains(label, StringComparison.Ordinal)).Select(m => m.Value).ToList();

    private static double Sum(IReadOnlyDictionary<string, double> metrics, string name, string? label = null) =>
        metrics.Where(m => Name(m.Key) == name && (label is null || m.Key.Contains(label, StringComparison.Ordinal))).Sum(m => m.Value);
}

/// <summary>A host whose stock gauge is refreshed every second.</summary>
public abstract class MetricsHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Inventory:MetricsRefreshSeconds"] = "1",
    };
}

public sealed class SqliteMetricsHost : MetricsHost
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresMetricsHost : MetricsHost
{
    protected override TestDatabase? CreateDatabase() => TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}

public sealed class SqliteMetricsTests(SqliteMetricsHost host) : MetricsTests(host), IClassFixture<SqliteMetricsHost>;

public sealed class PostgresMetricsTests(PostgresMetricsHost host) : MetricsTests(host), IClassFixture<PostgresMetricsHost>;
