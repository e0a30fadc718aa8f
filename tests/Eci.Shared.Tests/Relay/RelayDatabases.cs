using Eci.Shared.Inbox;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySql.Data.MySqlClient;
using Npgsql;
using Xunit;

namespace Eci.Shared.Tests.Relay;

/// <summary>An event of one aggregate, numbered in the order it happened.</summary>
public sealed record CounterMoved(Guid CounterId, int Sequence, DateTime OccurredAt) : INotification;

/// <summary>The producing side: an outbox and nothing else.</summary>
public sealed class ProducerDb(DbContextOptions<ProducerDb> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("producer");
        modelBuilder.AddOutbox();
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>What the consuming handler did: one row per event it acted on.</summary>
public sealed class Effect
{
    public int Id { get; set; }

    public Guid CounterId { get; set; }

    public int Sequence { get; set; }
}

/// <summary>The consuming side, in a database of its own: the effects and the inbox that keeps them single.</summary>
public sealed class ConsumerDb(DbContextOptions<ConsumerDb> options) : DbContext(options)
{
    public DbSet<Effect> Effects => Set<Effect>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("consumer");
        modelBuilder.Entity<Effect>().ToTable("effects");
        modelBuilder.AddInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>A fresh pair of databases on one provider, created and dropped by the test that owns them.</summary>
public sealed class RelayDatabases : IAsyncDisposable
{
    public const string PostgresVariable = "ECI_TEST_POSTGRES";

    public const string SkipReason = "PostgreSQL variant: " + PostgresVariable + " is not set";

    private readonly string? _directory;

    private readonly string? _postgresPrefix;

    private RelayDatabases(ModuleDatabaseSettings producer, ModuleDatabaseSettings consumer, string? directory, string? postgresPrefix = null)
    {
        Producer = producer;
        Consumer = consumer;
        _directory = directory;
        _postgresPrefix = postgresPrefix;
    }

    public ModuleDatabaseSettings Producer { get; }

    public ModuleDatabaseSettings Consumer { get; }

    public const string MySqlVariable = "ECI_TEST_MYSQL";

    public const string MySqlSkipReason = "MySQL variant: " + MySqlVariable + " is not set";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    public static string? MySqlServer => Environment.GetEnvironmentVariable(MySqlVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>A fresh database name on the MySQL server, or a skip when none is configured.</summary>
    public static string MySqlDatabase(string name)
    {
        Assert.SkipWhen(MySqlServer is null, MySqlSkipReason);
        return new MySqlConnectionStringBuilder(MySqlServer) { Database = $"eci_r{Guid.NewGuid():N}"[..14] + "_" + name }.ConnectionString;
    }

    public static async Task<RelayDatabases> CreateAsync(DatabaseProvider provider)
    {
        RelayDatabases databases;
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Directory.CreateTempSubdirectory("eci-relay-").FullName;
            databases = new RelayDatabases(
                new ModuleDatabaseSettings("Producer", provider, $"Data Source={Path.Combine(directory, "producer.db")}"),
                new ModuleDatabaseSettings("Consumer", provider, $"Data Source={Path.Combine(directory, "consumer.db")}"),
                directory);
        }
        else if (provider == DatabaseProvider.MySql)
        {
            var producer = MySqlDatabase("producer");
            databases = new RelayDatabases(
                new ModuleDatabaseSettings("Producer", provider, producer),
                new ModuleDatabaseSettings("Consumer", provider, producer.Replace("_producer", "_consumer", StringComparison.Ordinal)),
                null);
        }
        else
        {
            Assert.SkipWhen(PostgresServer is null, SkipReason);
            var server = PostgresServer!;
            var prefix = $"eci_r{Guid.NewGuid():N}"[..14];
            databases = new RelayDatabases(
                new ModuleDatabaseSettings("Producer", provider, new NpgsqlConnectionStringBuilder(server) { Database = prefix + "_producer" }.ConnectionString),
                new ModuleDatabaseSettings("Consumer", provider, new NpgsqlConnectionStringBuilder(server) { Database = prefix + "_consumer" }.ConnectionString),
                null,
                prefix + "_");
        }

        await using (var producer = databases.NewProducer())
        {
            await producer.Database.EnsureCreatedAsync();
        }

        await using (var consumer = databases.NewConsumer())
        {
            await consumer.Database.EnsureCreatedAsync();
        }

        return databases;
    }

    public ProducerDb NewProducer() => new(Options<ProducerDb>(Producer, "producer"));

    public ConsumerDb NewConsumer() => new(Options<ConsumerDb>(Consumer, "consumer"));

    public static DbContextOptions<T> Options<T>(ModuleDatabaseSettings settings, string schema)
        where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        ModulePersistenceExtensions.Configure(options, settings, schema);
        return options.Options;
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        MySqlConnection.ClearAllPools();
        if (_postgresPrefix is not null)
        {
            // EF Core's drop forces sessions out, which fails while autovacuum works in the database.
            await Eci.Testing.PostgresDatabaseDrop.DropAllAsync(PostgresServer!, _postgresPrefix);
            return;
        }

        await using var producer = NewProducer();
        await producer.Database.EnsureDeletedAsync();
        await using var consumer = NewConsumer();
        await consumer.Database.EnsureDeletedAsync();
    }
}
