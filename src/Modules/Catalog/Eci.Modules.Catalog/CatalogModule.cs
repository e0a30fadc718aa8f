using Eci.Modules.Catalog.Background;
using Eci.Modules.Catalog.Features;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Http;
using Eci.Shared.Modules;
using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eci.Modules.Catalog;

/// <summary>Products and prices: what can be sold, and for how much.</summary>
public sealed class CatalogModule : IModule
{
    public string Name => "Catalog";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CatalogDbContext>(configuration, Name, CatalogDbContext.Schema);
        services.AddValidatorsFromAssemblyContaining<CatalogModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<CatalogOptions>()
            .Bind(configuration.GetSection("Modules:Catalog"))
            .Validate(o => Currencies.IsKnown(o.DefaultCurrency), "Modules:Catalog:DefaultCurrency must be a supported ISO-4217 code.")
            .ValidateOnStart();
        CatalogReadCache.AddTo(services, configuration);
        if (ListenerConnection(configuration) is { } listener)
        {
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<CatalogCacheEvictionWorker>(sp, listener));
        }

        services.AddEciJsonTypes(CatalogJson.Default);
    }

    // One connection of its own outside the module's pool, kept alive so that a dead peer is noticed. LISTEN needs a
    // session of its own, which PgBouncer's transaction pooling does not give: behind it, ConnectionStrings:CatalogChanges
    // must name the server directly, or the other replicas' caches only expire (ADR 0041).
    private string? ListenerConnection(IConfiguration configuration)
    {
        var database = ModuleDatabaseSettings.Resolve(configuration, Name);
        var direct = configuration.GetConnectionString("CatalogChanges");
        if (database.Provider != DatabaseProvider.Postgres || (string.IsNullOrWhiteSpace(direct) && PoolSettings.From(configuration).PgBouncer))
        {
            return null;
        }

        var module = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var listener = new NpgsqlConnectionStringBuilder(string.IsNullOrWhiteSpace(direct) ? database.ConnectionString : direct)
        {
            Pooling = false,
            KeepAlive = 15,
            Multiplexing = false,
        };

        // A notification reaches only listeners on its own database: a direct server address without one means the catalog's.
        listener.Database = string.IsNullOrWhiteSpace(listener.Database) ? module.Database : listener.Database;
        return listener.ConnectionString;
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => CatalogEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<CatalogDbContext>(cancellationToken);
}
