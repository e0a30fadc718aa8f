using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Customers.Contracts;
using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Host.Commands;

/// <summary><c>Eci.Host seed</c>: imports the seed data set through each module's own import handler, in dependency order.</summary>
internal static partial class SeedCommand
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        var directory = app.Configuration["Seed:Directory"] ?? Path.Combine(AppContext.BaseDirectory, "seed");
        var logger = app.Services.GetRequiredService<ILogger<SeedRun>>();
        try
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAllAsync(CancellationToken.None);
            await using var scope = app.Services.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            foreach (var import in Imports(directory))
            {
                Print(await sender.Send(import));
            }

            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            LogFailed(logger, ex);
            return 1;
        }
    }

    private static IEnumerable<ICommand<ImportReport>> Imports(string directory)
    {
        yield return new ImportProducts(Path.Combine(directory, "eci_products.csv"));
        yield return new ImportCustomers(Path.Combine(directory, "eci_customers.csv"));
        yield return new ImportStock(Path.Combine(directory, "eci_inventory.csv"));
    }

    private static void Print(ImportReport report)
    {
        Console.WriteLine($"{report.Source}: {report.Inserted} inserted, {report.Updated} updated, " +
                          $"{report.Unchanged} unchanged, {report.Rejected.Count} rejected");
        foreach (var rejection in report.Rejected)
        {
            Console.WriteLine($"  line {rejection.Row}: {rejection.Reason}");
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Seed import failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    internal sealed class SeedRun;
}
