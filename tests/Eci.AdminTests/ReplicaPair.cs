using Eci.Testing;
using Xunit;

namespace Eci.AdminTests;

/// <summary>Two hosts on the same PostgreSQL databases, as two replicas behind one address.</summary>
public sealed class ReplicaPair : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public Replica? First { get; private set; }

    public Replica? Second { get; private set; }

    /// <summary>The pair's database of one module.</summary>
    public string ConnectionString(string module) => _database!.ConnectionString(module);

    public async ValueTask InitializeAsync()
    {
        if (TestDatabase.PostgresServer is not { } server)
        {
            return;
        }

        _database = new PostgresTestDatabase(server);
        First = new Replica(_database);
        await First.InitializeAsync();
        Second = new Replica(_database);
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (First is not null)
        {
            await First.DisposeAsync();
        }

        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>One replica: its own host and process state, the pair's databases.</summary>
    public sealed class Replica(PostgresTestDatabase database) : HostFixture
    {
        protected override TestDatabase CreateDatabase() => new Borrowed(database);
    }

    // The pair owns the databases; a replica going away must not drop them under the other.
    private sealed class Borrowed(TestDatabase owner) : TestDatabase
    {
        public override string Provider => owner.Provider;

        public override IReadOnlyDictionary<string, string?> Settings => owner.Settings;

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
