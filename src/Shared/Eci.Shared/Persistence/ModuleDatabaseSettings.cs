using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Eci.Shared.Persistence;

/// <summary>
/// Where one module's database is: the provider (<c>Modules:&lt;Name&gt;:Database:Provider</c>, else
/// <c>Database:Provider</c>, else SQLite) and the connection string (<c>ConnectionStrings:&lt;Name&gt;</c>).
/// Without a module connection string, SQLite uses <c>data/&lt;name&gt;.db</c> and PostgreSQL uses the server in
/// <c>ConnectionStrings:Postgres</c> with the database <c>eci_&lt;name&gt;</c>.
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
            connectionString = provider == DatabaseProvider.Sqlite ? DefaultSqlite(configuration, module) : DefaultPostgres(configuration, module);
        }

        return new(module, provider, provider == DatabaseProvider.Postgres ? WithPoolLimit(configuration, connectionString) : connectionString);
    }

    /// <summary>
    /// Every module has its own pool, so the server sees modules × replicas pools: each is capped (Database:MaxPoolSize,
    /// default 20) unless its connection string sets a size other than Npgsql's default, and requests beyond it wait for a connection instead of
    /// exhausting the server's max_connections.
    /// </summary>
    private static string WithPoolLimit(IConfiguration configuration, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var defaultPoolSize = new NpgsqlConnectionStringBuilder().MaxPoolSize;
        if (builder.MaxPoolSize == defaultPoolSize)
        {
            builder.MaxPoolSize = configuration.GetValue("Database:MaxPoolSize", 20);
        }

        return builder.ConnectionString;
    }

    private static DatabaseProvider ParseProvider(string? value, string module) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"Database provider '{value}' for module {module} is not supported; use 'sqlite' or 'postgres'."),
    };

    private static string DefaultSqlite(IConfiguration configuration, string module)
    {
        var directory = Path.GetFullPath(configuration["Database:SqliteDirectory"] ?? "data");
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, module.ToLowerInvariant() + ".db")}";
    }

    private static string DefaultPostgres(IConfiguration configuration, string module)
    {
        var server = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"Module {module} uses PostgreSQL but neither ConnectionStrings:{module} " +
                $"(env ConnectionStrings__{module}) nor ConnectionStrings:Postgres is set.");
        }

        var prefix = configuration["Database:NamePrefix"] ?? "eci_";
        return new NpgsqlConnectionStringBuilder(server) { Database = prefix + module.ToLowerInvariant() }.ConnectionString;
    }
}
