using Eci.Modules.Payments.Features;
using Eci.Modules.Payments.Features.Charge;
using Eci.Modules.Payments.Gateway;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Modules;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Payments;

/// <summary>Charges and refunds through a payment processor, at most once each.</summary>
public sealed class PaymentsModule : IModule
{
    public string Name => "Payments";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PaymentsDbContext>(configuration, Name, PaymentsDbContext.Schema);
        services.AddValidatorsFromAssemblyContaining<PaymentsModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        var options = services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection("Modules:Payments"))
            .Validate(o => o.GatewayAttempts > 0 && o.GatewayRetryDelayMilliseconds >= 0, "Modules:Payments gateway retry settings must be positive.")
            .Validate(o => Currencies.IsKnown(o.DefaultCurrency), "Modules:Payments:DefaultCurrency must be a supported ISO-4217 code.")
            .Validate(o => o.Gateway == "simulated", "Modules:Payments:Gateway must name an available processor adapter ('simulated').")
            .ValidateOnStart();
        services.AddSingleton<SimulatedPaymentGateway>();
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<SimulatedPaymentGateway>());
        services.AddScoped<ResilientGateway>();
        services.AddScoped<Charger>();
        services.AddOutboxDispatcher<PaymentsDbContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => PaymentEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<PaymentsDbContext>(cancellationToken);
}
