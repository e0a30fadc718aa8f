using System.Net;
using System.Net.Sockets;
using Eci.Host;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MySql.Data.MySqlClient;
using Npgsql;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// A host whose databases are missing or behind the build's schema is not ready, and, unless it migrates at start-up,
/// does not start: one line names the module and the migrate command, exit code 1, as for every start-up refusal. A
/// port that is taken is refused the same way.
/// </summary>
public sealed class SchemaReadinessTests
{
    private static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    private static string[] Production(IEnumerable<string> settings) =>
        [.. settings, "--environment=Production", $"--contentRoot={AppContext.BaseDirectory}", $"--Auth:SigningKey={SigningKey}"];

    private static async Task<(int ExitCode, string Line)> RunAsync(params string[] args)
    {
        using var error = new StringWriter();
        var exitCode = await EciCommandLine.RunAsync(args, error);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (exitCode, string.Join(" | ", lines));
    }

    private static async Task<HealthReport> ReadinessAsync(string[] settings)
    {
        await using var app = EciApp.Build(Production(settings));
        return await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
    }

    [Fact]
    public async Task A_host_without_its_sqlite_databases_is_not_ready_and_does_not_start_until_migrated()
    {
        var directory = Path.Combine(Path.GetTempPath(), "eci-unmigrated-" + Guid.NewGuid().ToString("N"));
        string[] settings = [$"--Database:SqliteDirectory={directory}", "--urls=http://127.0.0.1:0"];
        try
        {
            var before = await ReadinessAsync(settings);
            var refused = await RunAsync(Production(settings));
            // With an admin to create, the module's start-up work reaches the database first (and SQLite makes an empty file).
            var withAdmin = await RunAsync(Production([.. settings, "--Admin:Email=ops@example.com", "--Admin:Password=a-secret-of-our-own-1"]));
            var migrated = await RunAsync(["migrate", .. Production(settings)]);
            var after = await ReadinessAsync(settings);

            Assert.Equal(HealthStatus.Unhealthy, before.Status);
            Assert.Equal("The Orders database does not exist; run 'Eci.Host migrate'.", before.Entries["orders-db"].Description);
            Assert.Equal(1, refused.ExitCode);
            Assert.StartsWith("Eci.Host cannot start: The Catalog database ", refused.Line, StringComparison.Ordinal);
            // A module's worker may have opened its database first, which on SQLite leaves an empty file.
            Assert.Matches("the Orders database (does not exist|lacks the tables)", refused.Line);
            Assert.Contains("Run 'Eci.Host migrate'", refused.Line, StringComparison.Ordinal);
            Assert.DoesNotContain("|", refused.Line, StringComparison.Ordinal);
            Assert.Equal(1, withAdmin.ExitCode);
            Assert.Contains("the Customers database lacks the tables", withAdmin.Line, StringComparison.Ordinal);
            Assert.EndsWith("Run 'Eci.Host migrate' with the same settings first (or set Database:MigrateOnStartup=true on a single instance).", withAdmin.Line, StringComparison.Ordinal);
            Assert.Equal(0, migrated.ExitCode);
            Assert.Equal(HealthStatus.Healthy, after.Status);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_postgres_database_with_a_pending_migration_is_named_until_migrated()
    {
        Assert.SkipWhen(TestDatabase.PostgresServer is null, TestDatabase.SkipReason);
        await using var database = new PostgresTestDatabase(TestDatabase.PostgresServer!);
        string[] settings = [.. database.Settings.Where(s => s.Key != "Database:MigrateOnStartup").Select(s => $"--{s.Key}={s.Value}"), "--urls=http://127.0.0.1:0"];
        Assert.Equal(0, (await RunAsync(["migrate", .. Production(settings)])).ExitCode);
        await using var connection = new NpgsqlConnection(database.ConnectionString("Orders"));
        await connection.OpenAsync();
        string latest, version;
        await using (var forget = new NpgsqlCommand(
            "DELETE FROM orders.__ef_migrations_history WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM orders.__ef_migrations_history) RETURNING \"MigrationId\", \"ProductVersion\"",
            connection))
        await using (var row = await forget.ExecuteReaderAsync())
        {
            Assert.True(await row.ReadAsync());
            (latest, version) = (row.GetString(0), row.GetString(1));
        }

        var before = await ReadinessAsync(settings);
        var refused = await RunAsync(Production(settings));
        // Applied after all, as the migrate command would record it.
        await using (var remember = new NpgsqlCommand("INSERT INTO orders.__ef_migrations_history VALUES (@id, @version)", connection))
        {
            remember.Parameters.AddWithValue("id", latest);
            remember.Parameters.AddWithValue("version", version);
            await remember.ExecuteNonQueryAsync();
        }

        var after = await ReadinessAsync(settings);

        Assert.Equal($"The Orders database has pending migrations ({latest}); run 'Eci.Host migrate'.", before.Entries["orders-db"].Description);
        Assert.Equal(HealthStatus.Healthy, before.Entries["catalog-db"].Status);
        Assert.Equal((1, $"Eci.Host cannot start: The Orders database has pending migrations ({latest}). Run 'Eci.Host migrate' with the same settings first (or set Database:MigrateOnStartup=true on a single instance)."), refused);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    [Fact]
    public async Task Mysql_databases_are_made_by_the_migrate_command_and_a_pending_migration_is_named()
    {
        Assert.SkipWhen(TestDatabase.MySqlServer is null, TestDatabase.MySqlSkipReason);
        await using var database = new MySqlTestDatabase(TestDatabase.MySqlServer!);
        string[] settings = [.. database.Settings.Where(s => s.Key != "Database:MigrateOnStartup").Select(s => $"--{s.Key}={s.Value}"), "--urls=http://127.0.0.1:0"];
        var before = await ReadinessAsync(settings);
        var migrated = await RunAsync(["migrate", .. Production(settings)]);
        var again = await RunAsync(["migrate", .. Production(settings)]);
        await using var connection = new MySqlConnection(database.ConnectionString("Shipping"));
        await connection.OpenAsync();
        string latest, version;
        await using (var read = new MySqlCommand("SELECT MigrationId, ProductVersion FROM __ef_migrations_history ORDER BY MigrationId DESC LIMIT 1", connection))
        await using (var row = await read.ExecuteReaderAsync())
        {
            Assert.True(await row.ReadAsync());
            (latest, version) = (row.GetString(0), row.GetString(1));
        }

        await Execute("DELETE FROM __ef_migrations_history WHERE MigrationId = @id");
        var pending = await ReadinessAsync(settings);
        await Execute("INSERT INTO __ef_migrations_history VALUES (@id, @version)");
        var after = await ReadinessAsync(settings);

        Assert.Equal("The Orders database does not exist; run 'Eci.Host migrate'.", before.Entries["orders-db"].Description);
        Assert.Equal((0, 0), (migrated.ExitCode, again.ExitCode));
        Assert.Equal($"The Shipping database has pending migrations ({latest}); run 'Eci.Host migrate'.", pending.Entries["shipping-db"].Description);
        Assert.Equal(HealthStatus.Healthy, pending.Entries["orders-db"].Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);

        async Task Execute(string sql)
        {
            await using var command = new MySqlCommand(sql, connection);
            command.Parameters.AddWithValue("@id", latest);
            command.Parameters.AddWithValue("@version", version);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
    }

    [Fact]
    public async Task A_content_root_that_is_not_there_is_refused_in_one_line()
    {
        var missing = Path.Combine(Path.GetTempPath(), "eci-no-root-" + Guid.NewGuid().ToString("N"));

        var refused = await RunAsync("--environment=Production", $"--contentRoot={missing}", $"--Auth:SigningKey={SigningKey}");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("Eci.Host cannot start: ", refused.Line, StringComparison.Ordinal);
        Assert.Contains(missing, refused.Line, StringComparison.Ordinal);
        Assert.DoesNotContain("|", refused.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_refused_in_one_line()
    {
        var directory = Path.Combine(Path.GetTempPath(), "eci-port-" + Guid.NewGuid().ToString("N"));
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        try
        {
            var refused = await RunAsync(Production([$"--Database:SqliteDirectory={directory}", "--Database:MigrateOnStartup=true", $"--urls=http://127.0.0.1:{port}"]));

            Assert.Equal(1, refused.ExitCode);
            Assert.StartsWith("Eci.Host cannot start: ", refused.Line, StringComparison.Ordinal);
            Assert.Contains($"127.0.0.1:{port}", refused.Line, StringComparison.Ordinal);
            Assert.DoesNotContain("|", refused.Line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", refused.Line, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
