using Npgsql;

namespace Eci.Testing;

/// <summary>
/// Fresh databases for one test host: a temporary folder of SQLite files, or uniquely named PostgreSQL databases on
/// the server in <c>ECI_TEST_POSTGRES</c> (and MySQL databases on the server in <c>ECI_TEST_MYSQL</c>), dropped afterwards.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ECI_TEST_POSTGRES";

    /// <summary>The skip reason of every PostgreSQL variant: short, since it is printed once per test.</summary>
    public const string SkipReason = "PostgreSQL variant: " + PostgresVariable + " is not set";

    public const string MySqlVariable = "ECI_TEST_MYSQL";

    /// <summary>The skip reason of every MySQL variant.</summary>
    public const string MySqlSkipReason = "MySQL variant: " + MySqlVariable + " is not set";

    public abstract string Provider { get; }

    /// <summary>Configuration the host needs to use these databases.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>A MySQL or MariaDB server whose login may create databases, e.g. <c>Server=localhost;User ID=eci;Password=eci</c>.</summary>
    public static string? MySqlServer => Environment.GetEnvironmentVariable(MySqlVariable) is { Length: > 0 } cs ? cs : null;

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _directory = Directory.CreateTempSubdirectory("eci-test-").FullName;

    public override string Provider => "sqlite";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "sqlite",
        ["Database:SqliteDirectory"] = _directory,
        ["Database:MigrateOnStartup"] = "true",
    };

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresTestDatabase(string server) : TestDatabase
{
    private readonly string _prefix = $"eci_t{Guid.NewGuid():N}"[..14] + "_";

    public override string Provider => "postgres";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "postgres",
        ["ConnectionStrings:Postgres"] = server,
        ["Database:NamePrefix"] = _prefix,
        ["Database:MigrateOnStartup"] = "true",
    };

    /// <summary>A connection string to this test's database of one module.</summary>
    public string ConnectionString(string module) =>
        new NpgsqlConnectionStringBuilder(server) { Database = _prefix + module.ToLowerInvariant() }.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresDatabaseDrop.DropAllAsync(server, _prefix);
    }
}
