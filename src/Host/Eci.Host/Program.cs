using Eci.Host;
using Eci.Host.Commands;

var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
var app = EciApp.Build(command is null ? args : args[1..]);

return command switch
{
    null => await RunServerAsync(app),
    "migrate" => await MigrateCommand.RunAsync(app),
    "seed" => await SeedCommand.RunAsync(app),
    _ => Usage(command),
};

static async Task<int> RunServerAsync(WebApplication app)
{
    await app.RunAsync();
    return 0;
}

static int Usage(string command)
{
    Console.Error.WriteLine($"Unknown command '{command}'. Usage: Eci.Host [migrate | seed [--Seed:Directory=<dir>]]");
    return 2;
}

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
