using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Background;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Notifications.Background;

/// <summary>Deletes feed events recorded longer ago than <c>Events:RetentionDays</c> (30), once an hour.</summary>
internal sealed partial class EventRetentionSweeper(
    IServiceProvider services, IConfiguration configuration, TimeProvider clock, ILogger<EventRetentionSweeper> logger, FirstPassGate? firstPass = null)
    : PeriodicWorker(firstPass)
{
    private readonly TimeSpan _retention = TimeSpan.FromDays(configuration.GetValue("Events:RetentionDays", 30));

    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken) => await PruneAsync(cancellationToken);

    protected override void OnFailure(Exception exception) => LogPruneFailed(logger, exception);

    /// <summary>Deletes the events past retention; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var before = clock.GetUtcNow().UtcDateTime - _retention;
        return await db.Events.Where(e => e.RecordedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifications: pruning the event feed failed")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
