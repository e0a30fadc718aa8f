using Eci.Modules.Inventory.Background;
using Eci.Modules.Inventory.Features;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Http;
using Eci.Shared.Idempotency;
using Eci.Shared.Modules;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Inventory;

/// <summary>Stock per product and warehouse, the ledger that explains it, and the holds and commitments of checkouts.</summary>
public sealed class InventoryModule : IModule
{
    public string Name => "Inventory";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<InventoryDbContext>(configuration, Name, InventoryDbContext.Schema);
        services.AddEciJsonTypes(InventoryJson.Default);
        services.AddIdempotencyKeyLookup<InventoryDbContext>(Name.ToLowerInvariant());
        services.AddValidatorsFromAssemblyContaining<InventoryModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<InventoryOptions>()
            .Bind(configuration.GetSection("Modules:Inventory"))
            .Validate(o => o.DefaultReservationMinutes > 0 && o.LowStockThreshold >= 0 && o.SweepIntervalSeconds > 0
                && o.MetricsRefreshSeconds > 0 && o.MetricsMaxSeries >= 0,
                "Modules:Inventory settings must be positive.")
            .ValidateOnStart();
        services.AddScoped<StockStatements>();
        services.AddScoped<StockLedger>();
        services.AddScoped<StockFigures>();
        services.AddScoped<ReservationStore>();
        services.AddScoped<TransferStore>();
        services.AddScoped<TransferClosing>();
        services.AddScoped<IncomingStore>();
        services.AddScoped<KnownProducts>();
        services.AddScoped<LowStockMonitor>();
        services.AddSingleton<ReservationSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ReservationSweeper>());
        services.AddSingleton<InventoryMetrics>();
        services.AddHostedService<StockLevelRefreshWorker>();
        services.AddOutboxDispatcher<InventoryDbContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => InventoryEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<InventoryDbContext>(cancellationToken);
}
