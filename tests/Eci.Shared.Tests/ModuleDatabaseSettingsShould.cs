using Eci.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class ModuleDatabaseSettingsShould
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Default_to_a_sqlite_file_named_after_the_module()
    {
        var directory = Path.Combine(Path.GetTempPath(), "eci-settings-" + Guid.NewGuid().ToString("N"));

        var settings = ModuleDatabaseSettings.Resolve(Config(("Database:SqliteDirectory", directory)), "Catalog");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal($"Data Source={Path.Combine(directory, "catalog.db")}", settings.ConnectionString);
        Directory.Delete(directory);
    }

    [Fact]
    public void Let_a_module_override_the_global_provider()
    {
        var config = Config(("Database:Provider", "sqlite"), ("Modules:Orders:Database:Provider", "postgres"),
            ("ConnectionStrings:Orders", "Host=db;Database=orders"));

        var settings = ModuleDatabaseSettings.Resolve(config, "Orders");

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.StartsWith("Host=db;Database=orders", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_a_postgres_database_per_module_from_the_server()
    {
        var config = Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db;Username=eci"));

        var settings = ModuleDatabaseSettings.Resolve(config, "Inventory");

        Assert.Contains("Database=eci_inventory", settings.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Host=db", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_each_module_pool_unless_the_connection_string_sets_its_own()
    {
        var config = Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db"), ("ConnectionStrings:Orders", "Host=db;Maximum Pool Size=7"));

        var capped = new Npgsql.NpgsqlConnectionStringBuilder(ModuleDatabaseSettings.Resolve(config, "Inventory").ConnectionString);
        var own = new Npgsql.NpgsqlConnectionStringBuilder(ModuleDatabaseSettings.Resolve(config, "Orders").ConnectionString);

        Assert.Equal(20, capped.MaxPoolSize);
        Assert.Equal(7, own.MaxPoolSize);
    }

    [Fact]
    public void Fail_fast_naming_the_missing_connection_string()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleDatabaseSettings.Resolve(Config(("Database:Provider", "postgres")), "Payments"));

        Assert.Contains("ConnectionStrings:Payments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuse_an_unknown_provider()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleDatabaseSettings.Resolve(Config(("Database:Provider", "mysql")), "Orders"));

        Assert.Contains("mysql", error.Message, StringComparison.Ordinal);
    }
}
