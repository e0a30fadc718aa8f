using Eci.Modules.Orders.Persistence;
using Eci.Shared.Background;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Background;

// Finishes what a crash left half done, one item at a time under the item's own lease, so several replicas can run
// it at once; an item another replica holds or has finished meanwhile is passed over.
internal abstract partial class LeasedRecoveryWorker(IServiceProvider services, TimeProvider clock, IOptions<OrdersOptions> options, ILogger logger,
    FirstPassGate? firstPass)
    : PeriodicWorker(firstPass)
{
    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.RecoveryIntervalSeconds);

    /// <summary>What the worker finishes, for its logs ("Order", "Return").</summary>
    protected abstract string Subject { get; }

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RecoverAsync(cancellationToken);

    protected override void OnFailure(Exception exception) => LogPassFailed(logger, Subject, exception);

    /// <summary>Ids of items left unfinished since <paramref name="before"/> whose lease, if any, ran out by <paramref name="now"/>.</summary>
    protected abstract Task<List<Guid>> FindStaleAsync(OrdersDbContext db, DateTime now, DateTime before, CancellationToken cancellationToken);

    /// <summary>Finishes one item; answers its status, or null when another holds it or it needed nothing.</summary>
    protected abstract Task<string?> TryFinishAsync(IServiceProvider scoped, Guid id, CancellationToken cancellationToken);

    /// <summary>Tries every stale item once; returns how many it tried.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        List<Guid> stale;
        await using (var scope = services.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var before = now.AddSeconds(-options.Value.RecoveryAfterSeconds);
            stale = await FindStaleAsync(scope.ServiceProvider.GetRequiredService<OrdersDbContext>(), now, before, cancellationToken);
        }

        foreach (var id in stale)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                if (await TryFinishAsync(scope.ServiceProvider, id, cancellationToken) is { } status)
                {
                    LogRecovered(logger, Subject, id, status);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogItemFailed(logger, Subject, id, ex);
            }
        }

        return stale.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Subject} recovery pass failed")]
    private static partial void LogPassFailed(ILogger logger, string subject, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Subject} {Id} finished by recovery as {Status}")]
    private static partial void LogRecovered(ILogger logger, string subject, Guid id, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Subject} {Id} could not be finished; it will be tried again")]
    private static partial void LogItemFailed(ILogger logger, string subject, Guid id, Exception exception);
}
