using Eci.Host.Commands;
using Microsoft.Extensions.Options;

namespace Eci.Host;

/// <summary>
/// The host's command line: serve HTTP, or run the migrate or seed command. Settings the host cannot use (an unknown
/// database provider, a short signing key outside Development, ...) end it with exit code 1 and one line on stderr,
/// whether they stop the application being built or, for the server, being started.
/// </summary>
public static class EciCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        if (command is null)
        {
            StartupJitProfile.StartIfConfigured();
        }

        WebApplication app;
        try
        {
            app = EciApp.Build(command is null ? args : args[1..]);
        }
        catch (Exception ex) when (IsConfigurationFailure(ex) || ex is IOException)
        {
            // IOException: a content root or settings file that is not there.
            return Refuse(ex, error);
        }

        await using (app)
        {
            return command switch
            {
                null => await RunServerAsync(app, error),
                "migrate" => await MigrateCommand.RunAsync(app),
                "seed" => await SeedCommand.RunAsync(app),
                _ => Usage(command, error),
            };
        }
    }

    private static async Task<int> RunServerAsync(WebApplication app, TextWriter error)
    {
        try
        {
            await app.StartAsync();
        }
        catch (Exception ex) when (IsConfigurationFailure(ex) || ex is IOException)
        {
            // IOException: Kestrel could not bind its address (the port is in use, say).
            return Refuse(ex, error);
        }
        catch (Exception)
        {
            // A module's start-up work (the first admin, say) queried a database that was never migrated.
            if (await SchemaCheckOnStartup.RefusalAsync(app.Services, CancellationToken.None) is { } refusal)
            {
                error.WriteLine("Eci.Host cannot start: " + refusal);
                return 1;
            }

            throw;
        }

        ReleaseStartupGarbage();
        await app.WaitForShutdownAsync();
        return 0;
    }

    // Start-up (building seven models, checking each schema, mapping the endpoints) leaves ~15 MB of garbage in the
    // oldest generation, where nothing would collect it until load had grown the heap further. One compacting
    // collection now hands it back to the system; a replica at rest then holds only what it uses.
    private static void ReleaseStartupGarbage() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    // The fail-fast checks of the host and its modules throw these; so does binding a setting of the wrong type.
    private static bool IsConfigurationFailure(Exception exception) => exception switch
    {
        AggregateException all => all.InnerExceptions.All(IsConfigurationFailure),
        _ => exception is InvalidOperationException or OptionsValidationException or ArgumentException or FormatException,
    };

    private static int Refuse(Exception exception, TextWriter error)
    {
        var reasons = exception is AggregateException all ? all.InnerExceptions.Select(e => e.Message) : [exception.Message];
        error.WriteLine("Eci.Host cannot start: " + string.Join(" ", reasons).ReplaceLineEndings(" "));
        return 1;
    }

    private static int Usage(string command, TextWriter error)
    {
        error.WriteLine($"Unknown command '{command}'. Usage: Eci.Host [migrate | seed [--Seed:Directory=<dir>]]");
        return 2;
    }
}
