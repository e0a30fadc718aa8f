using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.ReceiveReturn;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Background;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Background;

// Finishes receipts a crash or a failure left receiving (units back, refund, order updated). Safe on several replicas:
// each return is finished under a lease only one worker can hold.
internal sealed partial class ReturnRecoveryWorker(IServiceProvider services, TimeProvider clock, IOptions<OrdersOptions> options, ILogger<ReturnRecoveryWorker> logger)
    : PeriodicWorker
{
    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.RecoveryIntervalSeconds);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RecoverAsync(cancellationToken);

    protected override void OnFailure(Exception exception) => LogRecoveryFailed(logger, exception);

    /// <summary>Finishes every stale receipt once; returns how many it tried.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        List<Guid> stale;
        await using (var scope = services.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var before = now.AddSeconds(-options.Value.RecoveryAfterSeconds);
            stale = await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Returns.AsNoTracking()
                .Where(r => r.Status == ReturnStatus.Receiving && r.UpdatedAt <= before && (r.LeaseUntil == null || r.LeaseUntil < now))
                .OrderBy(r => r.UpdatedAt).Select(r => r.Id).Take(100).ToListAsync(cancellationToken);
        }

        foreach (var id in stale)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<ReturnReceiving>().TryFinishAsync(id, cancellationToken) is { } finished)
                {
                    LogRecovered(logger, id, finished.Status);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogReturnFailed(logger, id, ex);
            }
        }

        return stale.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Return recovery pass failed")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Return {ReturnId} finished by recovery as {Status}")]
    private static partial void LogRecovered(ILogger logger, Guid returnId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Return {ReturnId} could not be finished; it will be tried again")]
    private static partial void LogReturnFailed(ILogger logger, Guid returnId, Exception exception);
}
