using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Eci.Shared.Persistence;

/// <summary>
/// Counts the SQL commands each module sends (<c>eci_db_commands_total{module}</c>): a batch is one command, one round
/// trip, and so is each savepoint EF sets, releases or rolls back to inside a transaction. Divided by orders placed it
/// gives the checkout's SQL per order, which docs/benchmarks.md tracks.
/// </summary>
public sealed class CommandCounter(string module) : RoundTripInterceptor
{
    public const string MeterName = "Eci.Database";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Commands = Meter.CreateCounter<long>("db_commands_total", description: "SQL commands sent, by module.");

    // Each context's counter, found once per options: a module's pooled contexts share theirs.
    private static readonly ConditionalWeakTable<IDbContextOptions, CounterOf> CountersByOptions = new();

    private readonly KeyValuePair<string, object?> _module = new("module", module.ToLowerInvariant());

    protected override void OnRoundTrip(DbContextEventData eventData, string sql, bool failed) => Commands.Add(1, _module);

    /// <summary>
    /// Counts a command sent with ADO.NET on the context's connection, which no interceptor sees, on the counter the
    /// context was built with (<see cref="ModulePersistenceExtensions.AddModuleDbContext{TContext}"/>).
    /// </summary>
    public static void CountSentPastEfCore(DbContext db)
    {
        if (CountersByOptions.GetValue(db.GetService<IDbContextOptions>(), FindCounter).Counter is { } counter)
        {
            Commands.Add(1, counter._module);
        }
    }

    private static CounterOf FindCounter(IDbContextOptions options) =>
        new(options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<CommandCounter>().FirstOrDefault());

    private sealed record CounterOf(CommandCounter? Counter);
}
