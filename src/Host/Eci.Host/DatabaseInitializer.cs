using Eci.Shared.Persistence;

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

/// <summary>Refuses to start, in one line, while a module's schema is missing or behind (unless the server migrates at start-up).</summary>
// Registered after the modules, so that their own settings refusals are reported first.
internal sealed class SchemaCheckOnStartup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(services, cancellationToken) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Why the server cannot start on these databases; null when every schema is current or cannot be asked.</summary>
    public static async Task<string?> RefusalAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Each module has its own database and pool: asked at once, start-up waits for the slowest, not for the sum.
        var answers = await Task.WhenAll(services.GetServices<ModuleSchema>().Select(schema => ProblemAsync(schema, services, cancellationToken)));
        var problems = answers.OfType<string>().ToList();
        return problems.Count == 0
            ? null
            : ModuleSchema.Sentence(string.Join("; ", problems)) +
              ". Run 'Eci.Host migrate' with the same settings first (or set Database:MigrateOnStartup=true on a single instance).";
    }

    private static async Task<string?> ProblemAsync(ModuleSchema schema, IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            return await schema.ProblemAsync(services, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unreachable now; /health/ready says so until it answers, and checks its schema then.
            return null;
        }
    }
}
