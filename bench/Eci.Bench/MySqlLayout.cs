using MySql.Data.MySqlClient;

namespace Eci.Bench;

/// <summary>The MySQL side of the seed's layout: the Orders and Shipping databases, made anew for each run.</summary>
internal sealed class MySqlLayout(string server)
{
    public static readonly string[] Modules = ["Orders", "Shipping"];

    public Dictionary<string, string> HostEnvironment(IReadOnlyDictionary<string, string> postgres)
    {
        var environment = new Dictionary<string, string>(postgres) { ["ConnectionStrings__MySql"] = server };
        foreach (var module in Modules)
        {
            environment[$"Modules__{module}__Database__Provider"] = "mysql";
        }

        return environment;
    }

    public async Task DropAsync()
    {
        await using var connection = new MySqlConnection(server);
        await connection.OpenAsync();
        foreach (var module in Modules)
        {
            await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{Databases.Prefix}{module.ToLowerInvariant()}`", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    public async Task<string> VersionAsync()
    {
        await using var connection = new MySqlConnection(server);
        await connection.OpenAsync();
        await using var version = new MySqlCommand("SELECT VERSION()", connection);
        return (await version.ExecuteScalarAsync())?.ToString() ?? string.Empty;
    }
}
