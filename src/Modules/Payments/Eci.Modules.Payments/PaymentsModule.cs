using Eci.Modules.Payments.Domain;
using Eci.Modules.Payments.Features;
using Eci.Modules.Payments.Features.ChargeOrder;
using Eci.Modules.Payments.Features.RefundPayment;
using Eci.Modules.Payments.Integrations;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Http;
using Eci.Shared.Idempotency;
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
        services.AddEciJsonTypes(PaymentsJson.Default);
        services.AddIdempotencyKeyLookup<PaymentsDbContext>(Name.ToLowerInvariant());
        services.AddValidatorsFromAssemblyContaining<PaymentsModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        var options = services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection("Modules:Payments"))
            .Validate(o => o.Resilience.IsValid(), "Modules:Payments:Resilience settings are out of range (see docs/operations.md).")
            .Validate(o => Currencies.IsKnown(o.DefaultCurrency), "Modules:Payments:DefaultCurrency must be a supported ISO-4217 code.")
            .Validate(o => PaymentMethods.All.Contains(PaymentMethods.Normalize(o.DefaultMethod)), $"Modules:Payments:DefaultMethod must be one of {string.Join(", ", PaymentMethods.All)}.")
            .Validate(o => o.Gateway == "simulated", "Modules:Payments:Gateway must name an available processor adapter ('simulated').")
            .ValidateOnStart();
        services.AddSingleton<SimulatedPaymentGateway>();
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<SimulatedPaymentGateway>());
        services.AddProcessorPipeline();
        services.AddScoped<Charger>();
        services.AddScoped<Refunder>();
        services.AddOutboxDispatcher<PaymentsDbContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => PaymentsEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<PaymentsDbContext>(cancellationToken);
}
