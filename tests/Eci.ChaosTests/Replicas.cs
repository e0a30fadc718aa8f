using Eci.Testing;

namespace Eci.ChaosTests;

/// <summary>
/// Several real hosts, each its own process, on one PostgreSQL: the same databases, settings and signing key, as a
/// deployment scaled out behind a load balancer runs them. The schema is migrated once, before any replica starts.
/// </summary>
internal sealed class Replicas : IAsyncDisposable
{
    private Replicas(PostgresTestDatabase database, IReadOnlyList<HostProcess> hosts)
    {
        Database = database;
        Hosts = hosts;
    }

    public PostgresTestDatabase Database { get; }

    public IReadOnlyList<HostProcess> Hosts { get; }

    public SocketsHttpHandler Handler { get; } = new() { ConnectTimeout = TimeSpan.FromSeconds(3), PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5) };

    /// <summary>Migrates, then starts <paramref name="count"/> replicas at the same moment (their start-up races included).</summary>
    public static async Task<Replicas> StartAsync(string server, int count, IReadOnlyDictionary<string, string> overrides, CancellationToken ct)
    {
        var database = new PostgresTestDatabase(server);
        var settings = KillDuringCheckoutTests.ChildSettings(database);
        // N replicas × 7 modules × this pool (+ one listening connection each) must fit the server (docs/operations.md).
        settings["Database__MaxPoolSize"] = "4";
        foreach (var (name, value) in overrides)
        {
            settings[name] = value;
        }

        var hosts = Enumerable.Range(0, count).Select(_ => new HostProcess(settings)).ToList();
        var replicas = new Replicas(database, hosts);
        try
        {
            // A process of its own, so that each replica's output is its own server's alone.
            await using (var migrator = new HostProcess(settings))
            {
                if (await migrator.RunCommandAsync("migrate", TimeSpan.FromSeconds(90), ct) != 0)
                {
                    throw new InvalidOperationException("migrate failed:" + Environment.NewLine + migrator.Tail);
                }
            }

            await Task.WhenAll(hosts.Select(h => h.StartAsync(ct)));
            return replicas;
        }
        catch
        {
            await replicas.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of replica <paramref name="index"/> carrying the given bearer token.</summary>
    public HttpClient Client(int index, string? token) => Checkouts.Client(Handler, Hosts[index].BaseAddress, token);

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }

        Handler.Dispose();
        await Database.DisposeAsync();
    }
}
