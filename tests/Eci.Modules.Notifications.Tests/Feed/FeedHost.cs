using Eci.Shared.Outbox;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Notifications.Tests.Feed;

/// <summary>A PostgreSQL host with one more outbox (<see cref="ScratchOutboxDbContext"/>) relayed into the feed.</summary>
public sealed class FeedHost : HostFixture
{
    private PostgresTestDatabase? _database;

    protected override TestDatabase? CreateDatabase() =>
        _database = TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Outbox:PollMilliseconds"] = "100" };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddDbContext<ScratchOutboxDbContext>(o => o.UseNpgsql(_database!.ConnectionString("notifications")));
        services.AddOutboxDispatcher<ScratchOutboxDbContext>();
    }

    /// <summary>Creates the scratch outbox table (once; the feed's database exists by then).</summary>
    public async Task<ScratchOutboxDbContext> ScratchAsync(IServiceProvider scope)
    {
        var db = scope.GetRequiredService<ScratchOutboxDbContext>();
        await db.Database.ExecuteSqlRawAsync("CREATE SCHEMA IF NOT EXISTS scratch");
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateTable)
        {
        }

        return db;
    }
}
