using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Background;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Eci.Modules.Catalog.Background;

// Listens on a connection of its own for the catalog writes of every replica and evicts this replica's read cache
// (ADR 0041). A pass lasts as long as its connection; after a failure the next pass connects again a second later, and
// every (re)connection evicts once, since changes announced while nobody listened are lost.
internal sealed partial class CatalogCacheEvictionWorker(
    string connectionString, IOutputCacheStore cache, TimeProvider clock, ILogger<CatalogCacheEvictionWorker> logger,
    FirstPassGate? firstPass = null) : PeriodicWorker(firstPass)
{
    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, _) => _ = CatalogReadCache.EvictAsync(cache, CancellationToken.None).AsTask();
        await using (var listen = new NpgsqlCommand($"LISTEN {CatalogReadCache.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        await CatalogReadCache.EvictAsync(cache, cancellationToken);
        LogListening(logger);
        while (!cancellationToken.IsCancellationRequested)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    protected override void OnFailure(Exception exception) => LogListenerFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Catalog: listening for catalog changes of every replica")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog: the change listener lost its connection; it reconnects in a second")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception);
}
