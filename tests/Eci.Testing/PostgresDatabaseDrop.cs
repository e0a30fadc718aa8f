using Npgsql;

namespace Eci.Testing;

/// <summary>
/// Drops a test's PostgreSQL databases. Compiled into the shared tests too, which do not build a host (their project
/// links this file).
/// </summary>
internal static class PostgresDatabaseDrop
{
    /// <summary>Drops every database on <paramref name="server"/> whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task DropAllAsync(string server, string prefix)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        // starts_with, not LIKE: the prefixes end in "_", which LIKE reads as any character.
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @p)", connection))
        {
            list.Parameters.AddWithValue("p", prefix);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await DropAsync(connection, name);
        }
    }

    // FORCE ends the sessions a host left behind, but not an autovacuum worker: a role that is not a superuser may not
    // end one (42501). A plain DROP asks autovacuum to leave and waits for it, so the attempts take turns.
    private static async Task DropAsync(NpgsqlConnection connection, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            var force = attempt % 2 == 1 ? " WITH (FORCE)" : "";
            // A drop waits for a checkpoint; on a server busy with other suites that can take longer than the default 30 s.
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"{force}", connection) { CommandTimeout = 180 };
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 6 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
            }
        }
    }
}
