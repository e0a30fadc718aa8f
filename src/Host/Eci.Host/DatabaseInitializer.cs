namespace Eci.Host;

/// <summary>Brings every module's database to the current schema: by the migrate command, or at start-up in development.</summary>
internal sealed partial class DatabaseInitializer(IServiceProvider services, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var module in EciModules.All)
        {
            await module.InitializeDatabaseAsync(services, cancellationToken);
            LogInitialized(logger, module.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Module} is up to date")]
    private static partial void LogInitialized(ILogger logger, string module);
}

/// <summary>Runs <see cref="DatabaseInitializer"/> before the server accepts requests when <c>Database:MigrateOnStartup</c> is true.</summary>
internal sealed class DatabaseInitializerOnStartup(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
