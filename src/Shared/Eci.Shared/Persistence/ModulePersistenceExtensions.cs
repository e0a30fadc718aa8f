using System.Runtime.CompilerServices;
using Eci.Shared.Persistence.MySql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Eci.Shared.Persistence;

public static class ModulePersistenceExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers a module's pooled DbContext on the provider its configuration names, and a readiness check of its
    /// database. Fails at start-up, naming the missing setting, when the database cannot be located. On PostgreSQL the
    /// context runs on the module's compiled model when it has one (<see cref="CompiledModels"/>); SQLite and MySQL
    /// build theirs at start-up.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, IConfiguration configuration, string module, string schema)
        where TContext : DbContext
    {
        var settings = ModuleDatabaseSettings.Resolve(configuration, module);
        // EF's check that a context is never used by two operations at once sets an AsyncLocal on entering and on
        // leaving every query step (twice per row read): ~4 KB and measurable CPU per catalog page. The tests and
        // Development keep it on, so misuse fails there; production runs without it (Database:ThreadSafetyChecks).
        var threadSafetyChecks = configuration.GetValue("Database:ThreadSafetyChecks", false);
        // The pool keeps every context a burst needed, up to its size (EF's default is 1024 per module); beyond it,
        // contexts are simply created and disposed. 128 bounds what a burst leaves behind in memory.
        var counter = new CommandCounter(module);
        var compiledModel = settings.Provider == DatabaseProvider.Postgres ? CompiledModels.PostgresModelOf(typeof(TContext)) : null;
        // Interceptors registered as services (a test's command log, say) see every module's commands too.
        services.AddDbContextPool<TContext>(
            (sp, options) => UseCompiledModel(Configure(options, settings, schema), compiledModel)
                .EnableThreadSafetyChecks(threadSafetyChecks)
                .AddInterceptors([counter, .. sp.GetServices<IInterceptor>()])
                // A refused statement is often the expected answer (a replayed idempotency key, a unique claim): the
                // code that decides it is an error logs it, with its context, instead of EF at Error with a stack trace.
                .ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug))),
            poolSize: 128);
        services.AddSingleton(new ModuleSchema<TContext>(module));
        services.AddSingleton<ModuleSchema>(sp => sp.GetRequiredService<ModuleSchema<TContext>>());
        services.AddHealthChecks().AddCheck<DbContextHealthCheck<TContext>>(
            $"{module.ToLowerInvariant()}-db", HealthStatus.Unhealthy, [ReadyTag]);
        return services;
    }

    private static DbContextOptionsBuilder UseCompiledModel(DbContextOptionsBuilder options, IModel? model) =>
        model is null ? options : options.UseModel(model);

    /// <summary>Applies the provider settings; shared by the host and design-time factories.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, ModuleDatabaseSettings settings, string schema) =>
        settings.Provider switch
        {
            DatabaseProvider.Postgres => ConfigurePostgres(options, settings.ConnectionString, schema),
            DatabaseProvider.MySql => MySqlDatabase.Configure(options, settings.ConnectionString)
                .ReplaceService<IMigrationsAssembly, MySqlMigrationsAssembly>(),
            _ => ConfigureSqlite(options, settings.ConnectionString),
        };

    // Each engine in a method of its own, never inlined: compiling the choice above loads no engine's assembly, only
    // the one chosen does (ProviderChecks).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .ReplaceService<IMigrationsAssembly, PostgresMigrationsAssembly>();

    // SQLite has no schemas: one file per module keeps the same separation.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true }.ToString())
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));

    /// <summary>Creates the schema on SQLite or applies pending migrations on PostgreSQL and MySQL.</summary>
    public static async Task InitializeModuleDatabaseAsync<TContext>(this IServiceProvider services, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (db.Database.RunsOnSqlite())
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await GeneratedIds.ReserveOnSqliteAsync(db, cancellationToken);
        }
        else
        {
            if (db.Database.RunsOnMySql() && !db.Database.GetMigrations().Any())
            {
                throw new InvalidOperationException(
                    $"{typeof(TContext).Name} has no MySQL migrations: only modules with a Persistence/MySqlMigrations folder can run on MySQL.");
            }

            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
