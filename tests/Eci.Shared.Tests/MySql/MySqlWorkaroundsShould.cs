using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySql.Data.MySqlClient;
using Xunit;

namespace Eci.Shared.Tests.MySql;

/// <summary>
/// Each of the provider's gaps on MariaDB that Eci.Shared.Persistence.MySql works around, on a real server: every test
/// here fails when its workaround is taken out.
/// </summary>
public sealed class MySqlWorkaroundsShould
{
    [Fact]
    public async Task Apply_migrations_and_find_none_pending_on_a_second_run()
    {
        await using var db = ProbeDb.OnFreshMySql();
        try
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

            Assert.Equal(["20260101000000_CreateKeyedOnMySql"], await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Keep_a_module_in_its_one_database_whatever_schema_its_model_names()
    {
        await using var db = ProbeDb.OnFreshMySql();
        try
        {
            await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            db.Keyed.Add(new Keyed { Key = "k", At = DateTime.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            var schemas = await db.Database.SqlQueryRaw<string>(
                "SELECT SCHEMA_NAME AS Value FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = {0}", ProbeDb.Schema).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Empty(schemas);
            Assert.Equal(1, await db.Keyed.CountAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Delete_rows_with_ExecuteDelete()
    {
        await using var db = await CreatedAsync("gone", "kept");
        try
        {
            var deleted = await db.Keyed.Where(k => k.Key == "gone").ExecuteDeleteAsync(TestContext.Current.CancellationToken);

            Assert.Equal(1, deleted);
            Assert.Equal(["kept"], await db.Keyed.Select(k => k.Key).ToListAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Report_a_duplicate_key_as_a_unique_violation()
    {
        await using var db = await CreatedAsync("taken");
        try
        {
            db.ChangeTracker.Clear();
            db.Keyed.Add(new Keyed { Key = "taken", At = DateTime.UtcNow });

            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

            Assert.True(refused.IsUniqueViolation());
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Keep_keys_that_differ_only_in_case_or_accents_apart()
    {
        await using var db = await CreatedAsync("sku-a", "SKU-A", "sku-á");
        try
        {
            var found = await db.Keyed.Where(k => k.Key == "sku-a").Select(k => k.Key).ToListAsync(TestContext.Current.CancellationToken);

            Assert.Equal(["sku-a"], found);
            Assert.Equal(3, await db.Keyed.CountAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Read_a_time_back_as_the_same_utc_instant_to_the_microsecond()
    {
        var at = new DateTime(2026, 11, 30, 23, 59, 59, DateTimeKind.Utc).AddTicks(1_234_560);
        await using var db = await CreatedAsync();
        try
        {
            db.Keyed.Add(new Keyed { Key = "timed", At = at });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            db.ChangeTracker.Clear();

            var read = (await db.Keyed.SingleAsync(k => k.Key == "timed", TestContext.Current.CancellationToken)).At;

            Assert.Equal((at, DateTimeKind.Utc), (read, read.Kind));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Report_a_deadlock_as_a_conflict_worth_retrying()
    {
        await using var db = await CreatedAsync("a", "b");
        try
        {
            var connectionString = db.Database.GetConnectionString();
            await using var first = await LockedAsync(connectionString, "a");
            await using var second = await LockedAsync(connectionString, "b");

            // Each waits for the row the other holds: the server breaks the cycle by rolling one of them back.
            var crossed = await Task.WhenAll(LockAsync(first, "b"), LockAsync(second, "a"));

            var victim = Assert.Single(crossed.OfType<Exception>());
            Assert.True(Transactions.IsTransientConflict(victim), victim.Message);
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Report_a_refused_connection_as_the_database_being_unavailable()
    {
        await using var connection = new MySqlConnection("Server=127.0.0.1;Port=1;User ID=eci;Password=eci;Connection Timeout=5");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => connection.OpenAsync(TestContext.Current.CancellationToken));

        Assert.True(refused.IsDatabaseUnavailable(), refused.Message);
    }

    private static async Task<MySqlTransactionScope> LockedAsync(string? connectionString, string key)
    {
        var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var scope = new MySqlTransactionScope(connection, transaction);
        await LockAsync(scope, key);
        return scope;
    }

    private static async Task<Exception?> LockAsync(MySqlTransactionScope scope, string key)
    {
        try
        {
            await using var command = new MySqlCommand("SELECT `key` FROM keyed WHERE `key` = @key FOR UPDATE", scope.Connection, scope.Transaction);
            command.Parameters.AddWithValue("@key", key);
            await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
            return null;
        }
        catch (MySqlException ex)
        {
            return ex;
        }
    }

    private sealed record MySqlTransactionScope(MySqlConnection Connection, MySqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private static async Task<ProbeDb> CreatedAsync(params string[] keys)
    {
        var db = ProbeDb.OnFreshMySql();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        db.Keyed.AddRange(keys.Select(key => new Keyed { Key = key, At = DateTime.UtcNow }));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return db;
    }
}

/// <summary>Two providers' migrations for one context type in one assembly, each provider seeing only its own.</summary>
public sealed class ProviderMigrationsShould
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres, "20260101000000_CreateKeyedOnPostgres")]
    [InlineData(DatabaseProvider.MySql, "20260101000000_CreateKeyedOnMySql")]
    public void Show_each_provider_only_the_migrations_of_its_own_folder(DatabaseProvider provider, string expected)
    {
        var server = provider == DatabaseProvider.MySql ? "Server=localhost;Database=eci_probe" : "Host=localhost;Database=eci_probe";
        using var db = ProbeDb.On(provider, server);

        Assert.Equal([expected], db.Database.GetMigrations());
    }
}

/// <summary>A module without MySQL migrations is refused on MySQL with a sentence, before anything touches a server.</summary>
public sealed class MySqlModulesShould
{
    [Fact]
    public async Task Refuse_to_migrate_a_module_that_has_no_mysql_migrations()
    {
        var services = new ServiceCollection();
        services.AddDbContext<Relay.ProducerDb>(options => ModulePersistenceExtensions.Configure(
            options, new ModuleDatabaseSettings("Producer", DatabaseProvider.MySql, "Server=127.0.0.1;Port=1;Database=eci_none"), "producer"));
        await using var provider = services.BuildServiceProvider();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => provider.InitializeModuleDatabaseAsync<Relay.ProducerDb>(TestContext.Current.CancellationToken));

        Assert.Equal("ProducerDb has no MySQL migrations: only modules with a Persistence/MySqlMigrations folder can run on MySQL.", refused.Message);
    }
}

/// <summary>Which provider <c>dotnet ef</c> builds a module's model for.</summary>
public sealed class DesignTimeContextsShould
{
    [Theory]
    [InlineData(new[] { "--provider", "mysql" }, DatabaseProvider.MySql)]
    [InlineData(new[] { "--provider", "MySQL" }, DatabaseProvider.MySql)]
    [InlineData(new[] { "--provider", "postgres" }, DatabaseProvider.Postgres)]
    public void Build_the_model_for_the_provider_the_arguments_name(string[] args, DatabaseProvider expected)
    {
        Assert.Equal(expected, DesignTimeContexts.ProviderOf(args));
    }
}
