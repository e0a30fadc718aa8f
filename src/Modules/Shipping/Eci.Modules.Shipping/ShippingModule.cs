using Eci.Modules.Shipping.Features;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Http;
using Eci.Shared.Modules;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Shipping;

/// <summary>Shipments of orders: tracking numbers, the carrier's progress, and its history.</summary>
public sealed class ShippingModule : IModule
{
    public string Name => "Shipping";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ShippingDbContext>(configuration, Name, ShippingDbContext.Schema);
        services.AddEciJsonTypes(ShippingJson.Default);
        services.AddValidatorsFromAssemblyContaining<ShippingModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<ShippingOptions>().Bind(configuration.GetSection("Modules:Shipping"))
            .Validate(o => o.AllowedCarriers.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= 40),
                "Modules:Shipping:Carriers must list carrier names of at most 40 characters.")
            .ValidateOnStart();
        services.AddScoped<Features.CreateShipment.ShipmentCreator>();
        services.AddScoped<ShipmentMover>();
        services.AddOutboxDispatcher<ShippingDbContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => ShippingEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<ShippingDbContext>(cancellationToken);
}
