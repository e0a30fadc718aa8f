using Eci.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using MySql.Data.MySqlClient;
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
        var config = Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db"),
            ("ConnectionStrings:Orders", "Host=db;Maximum Pool Size=7"), ("ConnectionStrings:Payments", "Host=db;MaxPoolSize=100"));

        var capped = Builder(config, "Inventory");

        Assert.Equal(PoolSettings.DefaultMaxPoolSize, capped.MaxPoolSize);
        Assert.Equal(7, Builder(config, "Orders").MaxPoolSize);
        // Npgsql's own default, written under its other spelling, is still the string's own choice.
        Assert.Equal(100, Builder(config, "Payments").MaxPoolSize);
    }

    [Fact]
    public void Close_idle_connections_after_the_idle_lifetime_unless_the_connection_string_says_otherwise()
    {
        var config = Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db"),
            ("Database:ConnectionIdleLifetimeSeconds", "4"), ("Database:ConnectionPruningIntervalSeconds", "10"),
            ("ConnectionStrings:Orders", "Host=db;Connection Idle Lifetime=300;Connection Pruning Interval=10"));

        var derived = Builder(config, "Inventory");
        var own = Builder(config, "Orders");

        Assert.Equal(4, derived.ConnectionIdleLifetime);
        Assert.Equal(4, derived.ConnectionPruningInterval);
        Assert.Equal(300, own.ConnectionIdleLifetime);
        Assert.Equal(10, own.ConnectionPruningInterval);
        Assert.Equal(PoolSettings.DefaultIdleLifetimeSeconds, Builder(Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db")), "Catalog").ConnectionIdleLifetime);
    }

    [Fact]
    public void Prepare_nothing_behind_pgbouncer_and_reset_no_connection_either_way()
    {
        var direct = Builder(Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db;Max Auto Prepare=20")), "Orders");
        var pooled = Builder(Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=pgbouncer;Max Auto Prepare=20"), ("Database:PgBouncer", "true")), "Orders");
        var plain = Builder(Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=pgbouncer"), ("Database:PgBouncer", "true")), "Orders");

        Assert.True(direct.NoResetOnClose);
        Assert.Equal(20, direct.MaxAutoPrepare);
        Assert.True(pooled.NoResetOnClose);
        Assert.Equal(20, pooled.MaxAutoPrepare);
        Assert.True(plain.NoResetOnClose);
        Assert.Equal(0, plain.MaxAutoPrepare);
    }

    [Fact]
    public void Return_connections_to_the_pool_without_a_reset_unless_the_connection_string_asks_for_one()
    {
        var postgres = ("Database:Provider", "postgres");
        var byDefault = Builder(Config(postgres, ("ConnectionStrings:Postgres", "Host=db")), "Orders");
        var inTheString = Builder(Config(postgres, ("ConnectionStrings:Postgres", "Host=db;No Reset On Close=false")), "Orders");

        Assert.True(byDefault.NoResetOnClose);
        Assert.False(inTheString.NoResetOnClose);
    }

    [Fact]
    public void Prepare_recurring_statements_on_a_direct_connection_unless_told_otherwise()
    {
        var postgres = ("Database:Provider", "postgres");
        var byDefault = Builder(Config(postgres, ("ConnectionStrings:Postgres", "Host=db")), "Orders");
        var configured = Builder(Config(postgres, ("ConnectionStrings:Postgres", "Host=db"), ("Database:MaxAutoPrepare", "0")), "Orders");
        var inTheString = Builder(Config(postgres, ("ConnectionStrings:Postgres", "Host=db;maxautoprepare=7"), ("Database:MaxAutoPrepare", "50")), "Orders");

        Assert.Equal(PoolSettings.DefaultMaxAutoPrepare, byDefault.MaxAutoPrepare);
        Assert.Equal(0, configured.MaxAutoPrepare);
        Assert.Equal(7, inTheString.MaxAutoPrepare);
    }

    [Fact]
    public void Refuse_a_negative_number_of_prepared_statements()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleDatabaseSettings.Resolve(
            Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db"), ("Database:MaxAutoPrepare", "-1")), "Orders"));

        Assert.Contains("Database:MaxAutoPrepare", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuse_a_pool_of_no_connections()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleDatabaseSettings.Resolve(
            Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db"), ("Database:MaxPoolSize", "0")), "Orders"));

        Assert.Contains("Database:MaxPoolSize", error.Message, StringComparison.Ordinal);
    }

    private static Npgsql.NpgsqlConnectionStringBuilder Builder(IConfiguration config, string module) =>
        new(ModuleDatabaseSettings.Resolve(config, module).ConnectionString);

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
            ModuleDatabaseSettings.Resolve(Config(("Database:Provider", "oracle")), "Orders"));

        Assert.Contains("'oracle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'mysql'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Put_one_module_on_mysql_with_a_database_derived_from_the_server()
    {
        var config = Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=pg;Username=eci"),
            ("Modules:Orders:Database:Provider", "mysql"), ("ConnectionStrings:MySql", "Server=my;User ID=eci;Password=eci"));

        var orders = ModuleDatabaseSettings.Resolve(config, "Orders");
        var catalog = ModuleDatabaseSettings.Resolve(config, "Catalog");

        var mysql = new MySqlConnectionStringBuilder(orders.ConnectionString);
        Assert.Equal((DatabaseProvider.MySql, DatabaseProvider.Postgres), (orders.Provider, catalog.Provider));
        Assert.Equal(("my", "eci_orders", (uint)PoolSettings.DefaultMaxPoolSize), (mysql.Server, mysql.Database, mysql.MaximumPoolSize));
    }

    [Fact]
    public void Take_a_modules_own_mysql_connection_string_and_its_pool_size()
    {
        var config = Config(("Modules:Shipping:Database:Provider", "mysql"), ("ConnectionStrings:Shipping", "Server=my;Database=order_db;Max Pool Size=9"));

        var settings = ModuleDatabaseSettings.Resolve(config, "Shipping");

        var mysql = new MySqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal((DatabaseProvider.MySql, "order_db", 9u), (settings.Provider, mysql.Database, mysql.MaximumPoolSize));
    }

    [Fact]
    public void Fail_fast_naming_the_missing_mysql_connection_string()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleDatabaseSettings.Resolve(Config(("Modules:Orders:Database:Provider", "mysql")), "Orders"));

        Assert.Contains("ConnectionStrings:MySql", error.Message, StringComparison.Ordinal);
    }
}
