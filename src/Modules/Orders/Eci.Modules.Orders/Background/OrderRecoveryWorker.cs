using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Background;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Background;

// Drives on orders a crash left at an intermediate step (cancels begun included). Safe on several replicas: each
// order is driven under a lease only one worker can hold.
internal sealed partial class OrderRecoveryWorker(IServiceProvider services, TimeProvider clock, IOptions<OrdersOptions> options, ILogger<OrderRecoveryWorker> logger)
    : PeriodicWorker
{
    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.RecoveryIntervalSeconds);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RecoverAsync(cancellationToken);

    protected override void OnFailure(Exception exception) => LogRecoveryFailed(logger, exception);

    /// <summary>Drives every stale order once; returns how many it tried.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        List<Guid> stale;
        await using (var scope = services.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var before = now.AddSeconds(-options.Value.RecoveryAfterSeconds);
            stale = await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Orders.AsNoTracking()
                .Where(o => (o.Status == OrderStatus.Pending || o.Status == OrderStatus.StockReserved || o.Status == OrderStatus.Paid || o.Status == OrderStatus.Cancelling)
                    && o.UpdatedAt <= before && (o.LeaseUntil == null || o.LeaseUntil < now))
                .OrderBy(o => o.UpdatedAt).Select(o => o.Id).Take(100).ToListAsync(cancellationToken);
        }

        foreach (var id in stale)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                // Another replica's worker, or a retry, may hold the order or have finished it meanwhile.
                if (await scope.ServiceProvider.GetRequiredService<PlaceOrderWorkflow>().TryDriveAsync(id, cancellationToken) is { } driven)
                {
                    LogRecovered(logger, id, driven.Status);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogOrderFailed(logger, id, ex);
            }
        }

        return stale.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Order recovery pass failed")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} driven on by recovery to {Status}")]
    private static partial void LogRecovered(ILogger logger, Guid orderId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} could not be driven on; it will be tried again")]
    private static partial void LogOrderFailed(ILogger logger, Guid orderId, Exception exception);
}
