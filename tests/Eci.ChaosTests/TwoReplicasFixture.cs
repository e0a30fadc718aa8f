using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>Two replicas on one PostgreSQL, started at the same moment, shared by the tests of one class; nothing without a server.</summary>
public sealed class TwoReplicasFixture : IAsyncLifetime
{
    internal Replicas? Replicas { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (TestDatabase.PostgresServer is { } server)
        {
            Replicas = await Replicas.StartAsync(server, 2, new Dictionary<string, string>(), TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Replicas is not null)
        {
            await Replicas.DisposeAsync();
        }
    }
}
