using System.Collections.Concurrent;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Integrations.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Background;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Background;

// Each round turns new feed events into deliveries, then starts, for every webhook with a delivery due and none in
// flight, a task that sends that webhook's due deliveries one after another. The round does not wait for those tasks,
// so a webhook that hangs holds up only its own deliveries.
internal sealed partial class WebhookWorker(
    IServiceProvider services, IOptions<WebhooksOptions> options, TimeProvider clock, ILogger<WebhookWorker> logger,
    FirstPassGate? firstPass = null) : PeriodicWorker(firstPass)
{
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();

    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        await WebhookFanOut.RunAsync(db, now, options.Value.BatchSize, cancellationToken);
        foreach (var webhookId in await WebhookDeliveryClaims.DueWebhooksAsync(db, now, cancellationToken))
        {
            if (_inFlight.ContainsKey(webhookId))
            {
                continue;
            }

            var task = Task.Run(() => DeliverAllAsync(webhookId, cancellationToken), CancellationToken.None);
            _inFlight[webhookId] = task;
            _ = task.ContinueWith(_ => _inFlight.TryRemove(webhookId, out var _), TaskScheduler.Default);
        }
    }

    protected override void OnFailure(Exception exception) => LogRoundFailed(logger, exception);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_inFlight.Values).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task DeliverAllAsync(Guid webhookId, CancellationToken cancellationToken)
    {
        try
        {
            var settings = options.Value;
            while (!cancellationToken.IsCancellationRequested)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
                var poster = scope.ServiceProvider.GetRequiredService<WebhookPoster>();
                var now = clock.GetUtcNow().UtcDateTime;
                var batch = await WebhookDeliveryClaims.ClaimAsync(db, webhookId, now, now.AddSeconds(settings.LeaseSeconds), settings.BatchSize, cancellationToken);
                var webhook = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
                if (batch.Count == 0 || webhook is null)
                {
                    return;
                }

                foreach (var delivery in batch)
                {
                    await DeliverAsync(db, poster, webhook, delivery, settings, cancellationToken);
                    await db.SaveChangesAsync(CancellationToken.None);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWebhookFailed(logger, webhookId, ex);
        }
    }

    private async Task DeliverAsync(
        NotificationsDbContext db, WebhookPoster poster, Webhook webhook, WebhookDelivery delivery, WebhooksOptions settings, CancellationToken cancellationToken)
    {
        var feedEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == delivery.EventId, cancellationToken);
        if (feedEvent is null)
        {
            delivery.Failed(null, "The event is no longer in the feed.", null);
            return;
        }

        try
        {
            var status = await poster.PostAsync(webhook, feedEvent, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            if (status is >= 200 and < 300)
            {
                delivery.Succeeded(status, now);
            }
            else
            {
                delivery.Failed(status, $"The receiver answered {status}.", WebhookBackoff.NextAttempt(delivery.Attempts + 1, settings, now));
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var error = ex is OperationCanceledException ? $"No answer within {settings.TimeoutSeconds} s." : ex.Message;
            delivery.Failed(null, error, WebhookBackoff.NextAttempt(delivery.Attempts + 1, settings, clock.GetUtcNow().UtcDateTime));
        }

        if (delivery.Status == WebhookDeliveryStatus.Failed)
        {
            LogGaveUp(logger, delivery.Id, webhook.Id, delivery.Attempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhooks: a round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhooks: delivering to {WebhookId} failed")]
    private static partial void LogWebhookFailed(ILogger logger, Guid webhookId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks: gave up on delivery {DeliveryId} to {WebhookId} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, Guid deliveryId, Guid webhookId, int attempts);
}
