using Npgsql;

namespace Eci.Bench;

/// <summary>The PostgreSQL databases a run uses: ECI's seven (by name prefix) and the one the pgbench baseline uses.</summary>
internal sealed class Databases(string server)
{
    public const string Prefix = "eci_bench_";
    public const string SqlBaseline = "eci_benchsql";
    public static readonly string[] Modules = ["Catalog", "Customers", "Inventory", "Orders", "Payments", "Shipping", "Notifications"];

    public string Server => server;

    public string Connection(string database) => new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    /// <summary>Drops what an earlier run left, so each run starts from empty databases (the migrate command creates them).</summary>
    public async Task DropAsync()
    {
        await using var connection = new NpgsqlConnection(Connection("postgres"));
        await connection.OpenAsync();
        foreach (var name in Modules.Select(m => Prefix + m.ToLowerInvariant()).Append(SqlBaseline))
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
                {
                    // An autovacuum worker on the database, which FORCE may not end for a non-superuser: it soon finishes.
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
            }
        }
    }

    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(Connection(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Connection("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? string.Empty;
    }

    /// <summary>libpq's variables for pgbench, pointed at the given database.</summary>
    public IReadOnlyDictionary<string, string> PgEnvironment(string database)
    {
        var b = new NpgsqlConnectionStringBuilder(server);
        return new Dictionary<string, string>
        {
            ["PGHOST"] = b.Host ?? "localhost",
            ["PGPORT"] = b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = b.Username ?? "postgres",
            ["PGPASSWORD"] = b.Password ?? string.Empty,
            ["PGDATABASE"] = database,
        };
    }
}
