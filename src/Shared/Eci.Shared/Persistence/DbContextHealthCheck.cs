using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Eci.Shared.Persistence;

/// <summary>Ready when the module's database answers and has the schema this build expects.</summary>
internal sealed class DbContextHealthCheck<TContext>(TContext db, ModuleSchema<TContext> schema) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Free once the schema was found current; until then it also tells a missing database from a silent one.
            if (await schema.ProblemAsync(db, cancellationToken) is { } problem)
            {
                return HealthCheckResult.Unhealthy(ModuleSchema.Sentence(problem) + "; run 'Eci.Host migrate'.");
            }

            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}

/// <summary>
/// Whether a module's database has the schema this build expects: on PostgreSQL no pending migrations, on SQLite (whose
/// schema is created whole, not migrated) every table of the model. Once current, that is remembered, so readiness
/// probes stay one cheap query.
/// </summary>
public abstract class ModuleSchema(string module)
{
    private volatile bool _current;

    public string Module { get; } = module;

    /// <summary>Null when the schema is current; otherwise what is wrong, naming the module. Throws when the database does not answer.</summary>
    public async Task<string?> ProblemAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (_current)
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        return await ProblemAsync(ContextIn(scope.ServiceProvider), cancellationToken);
    }

    internal async Task<string?> ProblemAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (_current)
        {
            return null;
        }

        var problem = await FindProblemAsync(db, cancellationToken);
        _current = problem is null;
        return problem;
    }

    /// <summary>The problem as the start of a sentence.</summary>
    public static string Sentence(string problem) => char.ToUpperInvariant(problem[0]) + problem[1..];

    /// <summary>The module's context in the given scope: one registration per module serves whatever works on every module.</summary>
    public abstract DbContext ContextIn(IServiceProvider scoped);

    private async Task<string?> FindProblemAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return $"the {Module} database does not exist";
        }

        if (db.Database.RunsOnSqlite())
        {
            var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync(cancellationToken);
            var missing = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
                .Except(tables, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            return missing.Count == 0 ? null : $"the {Module} database lacks the tables {string.Join(", ", missing)}";
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0 ? null : $"the {Module} database has pending migrations ({string.Join(", ", pending)})";
    }
}

internal sealed class ModuleSchema<TContext>(string module) : ModuleSchema(module)
    where TContext : DbContext
{
    public override DbContext ContextIn(IServiceProvider scoped) => scoped.GetRequiredService<TContext>();
}
