using MySql.Data.MySqlClient;

namespace Eci.Testing;

/// <summary>
/// The seed's layout: Orders and Shipping in uniquely named databases on the MySQL server in <c>ECI_TEST_MYSQL</c>,
/// every other module on PostgreSQL when <c>ECI_TEST_POSTGRES</c> is set (SQLite otherwise); all dropped afterwards.
/// </summary>
public sealed class MySqlTestDatabase : TestDatabase
{
    /// <summary>The modules the seed system kept in MySQL.</summary>
    public static readonly IReadOnlyList<string> Modules = ["Orders", "Shipping"];

    private readonly string _server;
    private readonly TestDatabase _rest;
    private readonly string _prefix = $"eci_m{Guid.NewGuid():N}"[..14] + "_";

    public MySqlTestDatabase(string server)
    {
        _server = server;
        _rest = PostgresServer is { } postgres ? new PostgresTestDatabase(postgres) : new SqliteTestDatabase();
    }

    /// <summary>A fixture's database in the seed's layout, or null (the variant skips) when no MySQL server is configured.</summary>
    public static MySqlTestDatabase? FromEnvironment() => MySqlServer is { } server ? new MySqlTestDatabase(server) : null;

    public override string Provider => "mysql";

    public override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(_rest.Settings) { ["ConnectionStrings:MySql"] = _server };
            foreach (var module in Modules)
            {
                settings[$"Modules:{module}:Database:Provider"] = "mysql";
                settings[$"ConnectionStrings:{module}"] = ConnectionString(module);
            }

            return settings;
        }
    }

    /// <summary>A connection string to this test's MySQL database of one module.</summary>
    public string ConnectionString(string module) =>
        new MySqlConnectionStringBuilder(_server) { Database = _prefix + module.ToLowerInvariant() }.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        MySqlConnection.ClearAllPools();
        await using (var connection = new MySqlConnection(_server))
        {
            await connection.OpenAsync();
            foreach (var module in Modules)
            {
                // The name is this fixture's own prefix and a module name, never input.
                await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{_prefix}{module.ToLowerInvariant()}`", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }

        await _rest.DisposeAsync();
    }
}
