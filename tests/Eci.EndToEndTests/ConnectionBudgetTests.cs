using System.Net;
using Eci.Host;
using Eci.Testing;
using Npgsql;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// Two hosts on one PostgreSQL server under concurrent load never hold more than 2 × modules × the pool size, and give
/// their idle connections back within the idle lifetime once the load stops (ADR 0027).
/// </summary>
public sealed class ConnectionBudgetTests(ITestOutputHelper output)
{
    private const int PoolSize = 3;
    private const int IdleLifetimeSeconds = 2;

    [Fact]
    public async Task Two_hosts_under_load_stay_within_the_connection_cap_and_release_idle_connections()
    {
        if (TestDatabase.PostgresServer is not { } server)
        {
            Assert.Skip(TestDatabase.SkipReason);
            return;
        }

        var modules = EciModules.All.Count;
        // Each host's pools, plus its catalog listener: one connection outside the pools (ADR 0041).
        var cap = 2 * ((modules * PoolSize) + 1);
        await using var first = new BudgetHost();
        await using var second = new BudgetHost();
        await first.InitializeAsync();
        await second.InitializeAsync();
        var prefixes = new[] { first, second }.Select(h => h.Factory.Database.Settings["Database:NamePrefix"]!).ToArray();
        await using var sampler = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await sampler.OpenAsync();

        var shops = await Task.WhenAll(new[] { first, second }.Select(async h => (Host: h, Product: await h.ProductAsync(10m, 1_000_000), Shoppers: await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => h.ShopperAsync())))));
        var samples = new List<int>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add(await CountAsync(sampler, prefixes));
                await Task.Delay(25, CancellationToken.None);
            }
        });
        var statuses = await Task.WhenAll(shops.SelectMany(shop => Enumerable.Range(0, 24).Select(worker => Task.Run(async () =>
        {
            var answers = new List<HttpStatusCode>();
            var shopper = shop.Shoppers[worker % shop.Shoppers.Length];
            while (!stop.IsCancellationRequested)
            {
                using var response = worker % 3 == 0
                    ? await shopper.Client.GetAsync("/v1/orders", CancellationToken.None)
                    : await shopper.PlaceAsync(Shop.Order(null, (shop.Product, 1)), Guid.NewGuid().ToString());
                answers.Add(response.StatusCode);
            }

            return answers;
        }))));
        await sampling;
        var afterLoad = await Poll.UntilAsync(() => CountAsync(sampler, prefixes), n => n <= 2 * (modules + 1), TimeSpan.FromSeconds(IdleLifetimeSeconds * 8));

        var answered = statuses.SelectMany(s => s).ToList();
        output.WriteLine($"cap {cap}; peak {samples.Max()} over {samples.Count} samples; {afterLoad} after the load; answers: " +
            string.Join(", ", answered.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Assert.Contains(HttpStatusCode.Created, answered);
        Assert.DoesNotContain(answered, s => (int)s >= 500 && s != HttpStatusCode.ServiceUnavailable);
        Assert.True(samples.Max() > 2 * (modules + 1), $"the load never used more than one connection per pool (peak {samples.Max()})");
        Assert.True(samples.Max() <= cap, $"peak {samples.Max()} connections exceeds 2 hosts x ({modules} modules x {PoolSize} + 1 listener) = {cap}");
        Assert.True(afterLoad <= 2 * (modules + 1), $"{afterLoad} connections still open {IdleLifetimeSeconds * 8} s after the load");
    }

    private static async Task<int> CountAsync(NpgsqlConnection connection, string[] prefixes)
    {
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE starts_with(datname, @a) OR starts_with(datname, @b)", connection);
        count.Parameters.AddWithValue("a", prefixes[0]);
        count.Parameters.AddWithValue("b", prefixes[1]);
        return (int)(long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>A PostgreSQL host with small pools that close idle connections after two seconds.</summary>
    private sealed class BudgetHost : HostFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:MaxPoolSize"] = PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Database:ConnectionIdleLifetimeSeconds"] = IdleLifetimeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Database:ConnectionPruningIntervalSeconds"] = "1",
        };

        protected override TestDatabase? CreateDatabase() =>
            TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
    }
}
