using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Integrations;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Background;
using Eci.Shared.Inbox;
using Eci.Shared.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Background;

// A batch is claimed by moving its rows' next attempt past a lease (DeliveryClaims), so other replicas skip them; each
// is then sent and its result saved at once, outside any transaction. A sender that dies mid-batch leaves at
// most the one message in flight, sent again when the lease runs out (at least once; ADR 0031).
internal sealed partial class DeliveryWorker(
    IServiceProvider services, DeliverySignal signal, IOptions<NotificationsOptions> options, TimeProvider clock, ILogger<DeliveryWorker> logger,
    FirstPassGate? firstPass = null)
    : PeriodicWorker(firstPass)
{
    private static readonly TimeSpan InboxRetention = TimeSpan.FromDays(14);
    private DateTimeOffset _nextCleanup;

    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.Delivery.PollMilliseconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await DeliverBatchAsync(cancellationToken) == options.Value.Delivery.BatchSize)
        {
        }

        if (clock.GetUtcNow() >= _nextCleanup)
        {
            await PruneInboxAsync(cancellationToken);
            _nextCleanup = clock.GetUtcNow().AddHours(1);
        }
    }

    protected override void OnFailure(Exception exception) => LogBatchFailed(logger, exception);

    protected override Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => signal.WaitAsync(interval, cancellationToken);

    // Tries every due notification once; returns how many it tried.
    public async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var email = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var sms = scope.ServiceProvider.GetRequiredService<ISmsSender>();
        var settings = options.Value.Delivery;
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await DeliveryClaims.ClaimAsync(db, now, now + settings.ClaimLease, settings.BatchSize, cancellationToken);
        foreach (var notification in batch)
        {
            try
            {
                await (notification.Channel == NotificationChannels.Sms
                    ? sms.SendAsync(new OutgoingSms(notification.Recipient, notification.Body), cancellationToken)
                    : email.SendAsync(new OutgoingEmail(notification.Id, notification.Recipient, notification.Subject, notification.Body, notification.HtmlBody), cancellationToken));
                var sentAt = clock.GetUtcNow().UtcDateTime;
                notification.MarkSent(sentAt);
                db.Enqueue(SentEvent(notification, sentAt), sentAt);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                notification.RecordFailure($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow().UtcDateTime, settings.Policy);
                if (notification.Status == NotificationStatus.Failed)
                {
                    LogGaveUp(logger, notification.Id, notification.Channel, notification.Attempts, ex);
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return batch.Count;
    }

    private static NotificationSent SentEvent(Notification n, DateTime at) =>
        new(n.Id, n.CustomerId, Guid.TryParse(n.OrderId, out var orderId) ? orderId : null, n.Type, n.Channel, n.Attempts, at);

    private async Task PruneInboxAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await db.PruneInboxAsync(clock.GetUtcNow().UtcDateTime - InboxRetention, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifications: a delivery batch failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifications: gave up on {Id} ({Channel}) after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, Guid id, string channel, int attempts, Exception exception);
}
