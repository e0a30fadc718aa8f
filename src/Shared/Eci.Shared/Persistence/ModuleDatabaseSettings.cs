using System.Data.Common;
using Microsoft.Extensions.Configuration;
using MySql.Data.MySqlClient;
using Npgsql;

namespace Eci.Shared.Persistence;

/// <summary>
/// Where one module's database is: the provider (<c>Modules:&lt;Name&gt;:Database:Provider</c>, else
/// <c>Database:Provider</c>, else SQLite) and the connection string (<c>ConnectionStrings:&lt;Name&gt;</c>).
/// Without a module connection string, SQLite uses <c>data/&lt;name&gt;.db</c> and PostgreSQL uses the server in
/// <c>ConnectionStrings:Postgres</c> with the database <c>eci_&lt;name&gt;</c>, and MySQL the server in
/// <c>ConnectionStrings:MySql</c> with the same database name.
/// </summary>
public sealed record ModuleDatabaseSettings(string Module, DatabaseProvider Provider, string ConnectionString)
{
    public static ModuleDatabaseSettings Resolve(IConfiguration configuration, string module)
    {
        var provider = ParseProvider(
            configuration[$"Modules:{module}:Database:Provider"] ?? configuration["Database:Provider"], module);
        var connectionString = configuration.GetConnectionString(module);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider switch
            {
                DatabaseProvider.Postgres => DefaultPostgres(configuration, module),
                DatabaseProvider.MySql => DefaultMySql(configuration, module),
                _ => DefaultSqlite(configuration, module),
            };
        }

        return new(module, provider, provider switch
        {
            DatabaseProvider.Postgres => WithPoolDefaults(configuration, connectionString),
            DatabaseProvider.MySql => WithMySqlPoolDefaults(configuration, connectionString),
            _ => connectionString,
        });
    }

    /// <summary>The same budget on MySQL: at most <c>Database:MaxPoolSize</c> connections per module, unless the connection string says otherwise.</summary>
    private static string WithMySqlPoolDefaults(IConfiguration configuration, string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant());
        if (!given.Any(k => k is "maximumpoolsize" or "maxpoolsize"))
        {
            builder.MaximumPoolSize = (uint)PoolSettings.From(configuration).MaxPoolSize;
        }

        return builder.ConnectionString;
    }

    // One pool per module, so a replica opens at most modules × MaxPoolSize connections (ADR 0027); a keyword the
    // connection string sets itself, under any spelling, wins.
    private static string WithPoolDefaults(IConfiguration configuration, string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(Normalise).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var pool = PoolSettings.From(configuration);
        if (!given.Overlaps(["maximumpoolsize", "maxpoolsize"]))
        {
            builder.MaxPoolSize = pool.MaxPoolSize;
        }

        if (!given.Contains("connectionidlelifetime"))
        {
            builder.ConnectionIdleLifetime = pool.IdleLifetimeSeconds;
        }

        if (!given.Contains("connectionpruninginterval"))
        {
            // Npgsql refuses a pruning interval longer than the idle lifetime.
            builder.ConnectionPruningInterval = Math.Min(pool.PruningIntervalSeconds, builder.ConnectionIdleLifetime);
        }

        if (!given.Contains("noresetonclose"))
        {
            // The pools hold no session state to reset (no SET, LISTEN, temporary table or session advisory lock), yet
            // the reset costs the server seven statements on the next use of every connection that has prepared one
            // (ADR 0055). Behind PgBouncer it would also run on whichever server connection comes next.
            builder.NoResetOnClose = true;
        }

        if (pool.PgBouncer)
        {
            if (!given.Contains("maxautoprepare"))
            {
                // A prepared statement lives in one server session; the next transaction may get another.
                builder.MaxAutoPrepare = 0;
            }
        }
        else if (!given.Contains("maxautoprepare"))
        {
            // A statement sent often is parsed and planned once per connection instead of on every call: the hot
            // path's statements are a few dozen, fixed by the code (docs/benchmarks.md).
            builder.MaxAutoPrepare = pool.MaxAutoPrepare;
        }

        return builder.ConnectionString;

        static string Normalise(string keyword) => keyword.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
    }

    private static DatabaseProvider ParseProvider(string? value, string module) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        "MYSQL" or "MARIADB" => DatabaseProvider.MySql,
        _ => throw new InvalidOperationException(
            $"Database provider '{value}' for module {module} is not supported; use 'sqlite', 'postgres' or 'mysql'."),
    };

    private static string DefaultSqlite(IConfiguration configuration, string module)
    {
        var directory = Path.GetFullPath(configuration["Database:SqliteDirectory"] ?? "data");
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, module.ToLowerInvariant() + ".db")}";
    }

    private static string DefaultMySql(IConfiguration configuration, string module)
    {
        var server = configuration.GetConnectionString("MySql");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"Module {module} uses MySQL but neither ConnectionStrings:{module} " +
                $"(env ConnectionStrings__{module}) nor ConnectionStrings:MySql is set.");
        }

        return new MySqlConnectionStringBuilder(server) { Database = DatabaseName(configuration, module) }.ConnectionString;
    }

    private static string DatabaseName(IConfiguration configuration, string module) =>
        (configuration["Database:NamePrefix"] ?? "eci_") + module.ToLowerInvariant();

    private static string DefaultPostgres(IConfiguration configuration, string module)
    {
        var server = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"Module {module} uses PostgreSQL but neither ConnectionStrings:{module} " +
                $"(env ConnectionStrings__{module}) nor ConnectionStrings:Postgres is set.");
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName(configuration, module) }.ConnectionString;
    }
}
