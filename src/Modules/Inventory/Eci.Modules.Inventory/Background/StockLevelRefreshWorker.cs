using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Background;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Background;

/// <summary>Renews the stock gauge's snapshot every <c>Modules:Inventory:MetricsRefreshSeconds</c>.</summary>
internal sealed partial class StockLevelRefreshWorker(
    IServiceProvider services, InventoryMetrics metrics, IOptions<InventoryOptions> options, ILogger<StockLevelRefreshWorker> logger,
    FirstPassGate? firstPass = null)
    : PeriodicWorker(firstPass)
{
    protected override TimeProvider Clock => TimeProvider.System;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.MetricsRefreshSeconds);

    protected override void OnFailure(Exception exception) => LogRefreshFailed(logger, exception);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var levels = await db.StockItems.AsNoTracking()
            .Join(db.Warehouses.AsNoTracking(), s => s.WarehouseId, w => w.Id, (s, w) => new { s.ProductId, w.Code, Available = s.OnHand - s.Reserved - s.Committed })
            .OrderBy(x => x.Available).ThenBy(x => x.ProductId).ThenBy(x => x.Code)
            .Take(options.Value.MetricsMaxSeries)
            .ToListAsync(cancellationToken);
        metrics.Replace(levels.Select(l => new StockLevel(l.ProductId, l.Code, l.Available)).ToList());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the stock gauge failed; the previous figures stay.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
