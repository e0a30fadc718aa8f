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
        services.AddEciJsonTypes(CatalogJson.Default);
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => CatalogEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<CatalogDbContext>(cancellationToken);
}
