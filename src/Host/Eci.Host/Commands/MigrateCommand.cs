namespace Eci.Host.Commands;

/// <summary><c>Eci.Host migrate</c>: applies every module's migrations once (a Kubernetes Job per release), exit 1 on failure.</summary>
internal static partial class MigrateCommand
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILogger<DatabaseInitializer>>();
        try
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAllAsync(CancellationToken.None);
            return 0;
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
            return 1;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Migration failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
