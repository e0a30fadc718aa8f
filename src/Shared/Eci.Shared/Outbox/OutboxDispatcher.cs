using Eci.Shared.Background;
using Eci.Shared.Contracts;
using Eci.Shared.Inbox;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eci.Shared.Outbox;

/// <summary>
/// Publishes one module's outbox to in-process subscribers. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> on
/// PostgreSQL, so several replicas never publish the same row at once; a failed event is retried with back-off and
/// parked after <c>Outbox:MaxAttempts</c>.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceProvider services, TimeProvider clock, IConfiguration configuration, ILogger<OutboxDispatcher<TContext>> logger,
    FirstPassGate? firstPass = null)
    : PeriodicWorker(firstPass)
    where TContext : DbContext
{
    private const int BatchSize = 50;
    private readonly TimeSpan _interval = TimeSpan.FromMilliseconds(configuration.GetValue("Outbox:PollMilliseconds", 500));
    private readonly int _maxAttempts = configuration.GetValue("Outbox:MaxAttempts", 10);
    private readonly TimeSpan _retention = TimeSpan.FromHours(configuration.GetValue("Outbox:RetentionHours", 168));
    private DateTimeOffset _nextCleanup;

    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => _interval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await DispatchBatchAsync(cancellationToken) == BatchSize)
        {
        }

        if (clock.GetUtcNow() >= _nextCleanup)
        {
            await CleanUpAsync(cancellationToken);
            _nextCleanup = clock.GetUtcNow().AddHours(1);
        }
    }

    protected override void OnFailure(Exception exception) => LogDispatchFailed(logger, typeof(TContext).Name, exception);

    /// <summary>Publishes one batch of due events; returns how many it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
        var now = clock.GetUtcNow().UtcDateTime;
        // A plain read first on SQLite, where a transaction takes the write lock that an idle poll should not hold;
        // elsewhere the claim itself is the read.
        if (db.Database.RunsOnSqlite()
            && !await db.Set<OutboxMessage>().AnyAsync(m => m.ProcessedAt == null && m.FailedAt == null && m.NextAttemptAt <= now, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await db.BeginAllOrNothingAsync(cancellationToken);
        var batch = await ClaimAsync(db, now, cancellationToken);
        var published = new List<PublishedEvent>(batch.Count);
        (OutboxMessage Message, Exception Error)? firstFailure = null;
        foreach (var message in batch)
        {
            try
            {
                var @event = OutboxModel.Deserialize(message);
                using (OutboxDelivery.Begin(message.Id))
                {
                    await publisher.Publish(@event, cancellationToken);
                }

                message.ProcessedAt = clock.GetUtcNow().UtcDateTime;
                published.Add(new PublishedEvent(message.Id, @event, message.OccurredAt));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ForgetUnsaved(scope.ServiceProvider, batch);
                CountFailedAttempt(message, ex, now);
                firstFailure ??= (message, ex);
            }
        }

        try
        {
            if (published.Count > 0 && scope.ServiceProvider.GetService<IPublishedEventSink>() is { } sink)
            {
                await sink.RecordAsync(published, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // The claim leaves parked events out: one parked now is one this batch parked.
            foreach (var parked in batch.Where(m => m.FailedAt is not null))
            {
                LogParked(parked);
            }
        }
        catch (Exception ex) when (firstFailure is { } failed && ex is not OperationCanceledException)
        {
            // On PostgreSQL a subscriber's failed statement in the batch's own transaction (one calling back into this
            // module) aborts that transaction, so the batch cannot save, its failed attempt included. Retried as it was,
            // the batch would fail the same way forever and hold up every event behind it. The first failure is counted
            // on its own instead; the later ones may only have met the aborted transaction, and the rest of the batch is
            // delivered again at the next poll (its subscribers act once through their inboxes).
            await transaction.RollbackAsync(cancellationToken);
            await CountFailedAttemptAloneAsync(failed.Message.Id, failed.Error, now, cancellationToken);
        }

        return batch.Count;
    }

    /// <summary>Counts a failed delivery and schedules the next, or parks the event after the last attempt.</summary>
    private void CountFailedAttempt(OutboxMessage message, Exception error, DateTime now)
    {
        message.Attempts++;
        message.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        message.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, message.Attempts)));
        if (message.Attempts >= _maxAttempts)
        {
            message.FailedAt = now;
        }
    }

    private void LogParked(OutboxMessage message) => LogParked(logger, message.Id, message.Type, message.Attempts);

    private async Task CountFailedAttemptAloneAsync(Guid id, Exception error, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // Another replica may have claimed and published it since the rollback.
        var message = await db.Set<OutboxMessage>().SingleOrDefaultAsync(m => m.Id == id && m.ProcessedAt == null, cancellationToken);
        if (message is not null)
        {
            CountFailedAttempt(message, error, now);
            await db.SaveChangesAsync(cancellationToken);
            if (message.FailedAt is not null)
            {
                LogParked(message);
            }
        }
    }

    // The batch's subscribers share its scope, so that one calling back into this module (Orders cancelling the other
    // shipments of a shipment cancelled at the warehouse) works in the batch's own transaction, which on SQLite holds
    // the only write lock. What a failed event's subscribers added or changed in the scope's contexts and did not save
    // is dropped here, so that the next event's subscribers, the feed and the batch's save never write it; the batch's
    // claimed messages stay tracked. A subscriber therefore saves what it changes itself, never leaving it to the batch.
    private static void ForgetUnsaved(IServiceProvider scope, List<OutboxMessage> batch)
    {
        foreach (var module in scope.GetServices<ModuleSchema>())
        {
            var context = module.ContextIn(scope);
            foreach (var entry in context.ChangeTracker.Entries().ToList())
            {
                if (entry.Entity is not OutboxMessage claimed || !batch.Contains(claimed))
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    /// <summary>
    /// Deletes events published longer ago than the retention, inbox records as old (a module's inbox lives beside its
    /// outbox), and idempotency keys past their 24 hours.
    /// </summary>
    public async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var publishedBefore = now - _retention;
        await db.Set<OutboxMessage>().Where(m => m.ProcessedAt != null && m.ProcessedAt < publishedBefore).ExecuteDeleteAsync(cancellationToken);
        if (db.Model.FindEntityType(typeof(InboxRecord)) is not null)
        {
            await db.PruneInboxAsync(publishedBefore, cancellationToken);
        }

        if (db.Model.FindEntityType(typeof(Idempotency.IdempotencyRecord)) is not null)
        {
            await db.Set<Idempotency.IdempotencyRecord>().Where(k => k.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static Task<List<OutboxMessage>> ClaimAsync(TContext db, DateTime now, CancellationToken cancellationToken) =>
        db.ClaimAsync(
            db.Set<OutboxMessage>().Where(m => m.ProcessedAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id),
            $"processed_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now}",
            "occurred_at, id",
            BatchSize,
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch of {Context} failed")]
    private static partial void LogDispatchFailed(ILogger logger, string context, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Type}) parked after {Attempts} attempts")]
    private static partial void LogParked(ILogger logger, Guid id, string type, int attempts);
}

public static class OutboxRegistration
{
    /// <summary>Runs the outbox dispatcher of one module's DbContext, and lets an operator's view count its parked events.</summary>
    public static IServiceCollection AddOutboxDispatcher<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher<TContext>>());
        services.AddScoped<IParkedOutboxEvents, ParkedOutboxEvents<TContext>>();
        return services;
    }
}
