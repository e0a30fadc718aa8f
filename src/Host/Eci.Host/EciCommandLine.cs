using Eci.Host.Commands;

namespace Eci.Host;

/// <summary>The host's command line: serve HTTP, or run the migrate or seed command.</summary>
public static class EciCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var app = EciApp.Build(command is null ? args : args[1..]);

        return command switch
        {
            null => await RunServerAsync(app),
            "migrate" => await MigrateCommand.RunAsync(app),
            "seed" => await SeedCommand.RunAsync(app),
            _ => Usage(command, error),
        };
    }

    private static async Task<int> RunServerAsync(WebApplication app)
    {
        await app.RunAsync();
        return 0;
    }

    private static int Usage(string command, TextWriter error)
    {
        error.WriteLine($"Unknown command '{command}'. Usage: Eci.Host [migrate | seed [--Seed:Directory=<dir>]]");
        return 2;
    }
}
