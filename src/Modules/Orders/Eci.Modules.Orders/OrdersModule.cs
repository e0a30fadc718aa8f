using Eci.Modules.Orders.Background;
using Eci.Modules.Orders.Features;
using Eci.Modules.Orders.Features.ApplyOrderRefund;
using Eci.Modules.Orders.Features.FollowShipment;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Features.ReceiveReturn;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Http;
using Eci.Shared.Idempotency;
using Eci.Shared.Modules;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eci.Modules.Orders;

/// <summary>Orders and the place-order workflow across Inventory, Payments and Shipping.</summary>
public sealed class OrdersModule : IModule
{
    public string Name => "Orders";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrdersDbContext>(configuration, Name, OrdersDbContext.Schema);
        services.AddEciJsonTypes(OrdersJson.Default);
        services.AddIdempotencyKeyLookup<OrdersDbContext>(Name.ToLowerInvariant());
        services.AddValidatorsFromAssemblyContaining<OrdersModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<OrdersOptions>().Bind(configuration.GetSection("Modules:Orders"))
            .Validate(o => o.TaxPercent is >= 0 and <= 100 && o.ShippingFee >= 0 && o.HoldMinutes > 0
                && o.RecoveryAfterSeconds >= 0 && o.RecoveryIntervalSeconds > 0 && o.LeaseSeconds > 0 && o.ReplayWaitSeconds >= 0 && o.ReturnWindowDays >= 0, "Modules:Orders settings are out of range.")
            .ValidateOnStart();
        services.AddScoped<PlaceOrderWorkflow>();
        services.AddScoped<RefundSettlement>();
        services.AddScoped<WholeParcelReturn>();
        services.TryAddSingleton<IWorkflowFaults, NoWorkflowFaults>();
        services.AddSingleton<OrderRecoveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OrderRecoveryWorker>());
        services.AddScoped<ReturnReceiving>();
        services.AddSingleton<ReturnRecoveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReturnRecoveryWorker>());
        services.AddOutboxDispatcher<OrdersDbContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => OrdersEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<OrdersDbContext>(cancellationToken);
}
