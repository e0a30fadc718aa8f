using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Shared.Tests.Relay;

/// <summary>The outbox dispatcher and the consumer's inbox together, on a real database of each provider.</summary>
public abstract class OutboxAndInboxShould(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private RelayDatabases _databases = null!;

    public async ValueTask InitializeAsync()
    {
        _databases = await RelayDatabases.CreateAsync(provider);
    }

    public async ValueTask DisposeAsync()
    {
        if (_databases is not null)
        {
            await _databases.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Act_once_on_an_event_delivered_twice()
    {
        var counter = Guid.NewGuid();
        await EnqueueAsync((counter, 1, Now));
        var publisher = new RecordingPublisher(_databases, _clock);
        var failures = 0;
        publisher.AfterConsumer = (_, _) => Interlocked.Increment(ref failures) == 1
            ? throw new InvalidOperationException("another subscriber failed")
            : Task.CompletedTask;
        await using var relay = new Relay(_databases, publisher, _clock);

        await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);

        var deliveries = publisher.Deliveries.ToList();
        Assert.Equal(2, deliveries.Count);
        Assert.NotNull(deliveries[0].MessageId);
        Assert.Equal(deliveries[0].MessageId, deliveries[1].MessageId);
        Assert.Equal(1, await CountEffectsAsync(counter));
        await using var producer = _databases.NewProducer();
        var message = await producer.Set<OutboxMessage>().SingleAsync();
        Assert.Equal((1, true), (message.Attempts, message.ProcessedAt is not null));
    }

    [Fact]
    public async Task Leave_what_a_failed_subscriber_changed_out_of_the_next_events_save()
    {
        // A second subscriber records each event in its scope's context; on the first delivery of event 1 it fails after
        // adding its row and before saving, as a handler whose save is refused would.
        var counter = Guid.NewGuid();
        var seen = Guid.NewGuid();
        await EnqueueAsync((counter, 1, Now.AddMilliseconds(-1)), (counter, 2, Now));
        var publisher = new RecordingPublisher(_databases, _clock);
        var failures = 0;
        publisher.AfterConsumer = async (moved, scope) =>
        {
            var db = scope.GetRequiredService<ConsumerDb>();
            db.Effects.Add(new Effect { CounterId = seen, Sequence = moved.Sequence });
            if (moved.Sequence == 1 && Interlocked.Increment(ref failures) == 1)
            {
                throw new InvalidOperationException("the subscriber's save was refused");
            }

            await db.SaveChangesAsync();
        };
        await using var relay = new Relay(_databases, publisher, _clock);

        await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);
        var afterFirstBatch = await SequencesAsync(seen);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);

        Assert.Equal([2], afterFirstBatch);
        Assert.Equal([1, 2], await SequencesAsync(seen));
        Assert.Equal(2, await CountEffectsAsync(counter));
    }

    [Fact]
    public async Task Let_a_subscriber_write_to_the_publishing_modules_database_in_the_batchs_own_transaction()
    {
        // As Orders does when a shipment is cancelled at the warehouse: it cancels the order's other shipments through
        // Shipping, whose relay is publishing the event. On SQLite the batch's transaction holds the only write lock.
        var counter = Guid.NewGuid();
        var followUp = Guid.NewGuid();
        await EnqueueAsync((counter, 1, Now));
        var publisher = new RecordingPublisher(_databases, _clock);
        publisher.AfterConsumer = async (moved, scope) =>
        {
            if (moved.CounterId == counter)
            {
                var producer = scope.GetRequiredService<ProducerDb>();
                producer.Enqueue(new CounterMoved(followUp, 1, Now), Now);
                await producer.SaveChangesAsync();
            }
        };
        await using var relay = new Relay(_databases, publisher, _clock);

        var first = await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);
        var second = await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);

        Assert.Equal((1, 1), (first, second));
        Assert.Equal((1, 1), (await CountEffectsAsync(counter), await CountEffectsAsync(followUp)));
        await using var db = _databases.NewProducer();
        Assert.All(await db.Set<OutboxMessage>().ToListAsync(), m => Assert.Equal((0, true), (m.Attempts, m.ProcessedAt is not null)));
    }

    [Fact]
    public async Task Count_the_attempt_of_an_event_whose_subscriber_broke_the_batchs_transaction_and_deliver_the_rest()
    {
        // A subscriber calling back into the publishing module fails on a statement in the batch's own transaction. On
        // PostgreSQL that aborts the transaction: the batch could save neither its deliveries nor the failed attempt.
        var (poison, next) = (Guid.NewGuid(), Guid.NewGuid());
        await EnqueueAsync((poison, 1, Now.AddMilliseconds(-1)), (next, 1, Now));
        var publisher = new RecordingPublisher(_databases, _clock);
        publisher.AfterConsumer = async (moved, scope) =>
        {
            if (moved.CounterId == poison)
            {
                await scope.GetRequiredService<ProducerDb>().Database.ExecuteSqlRawAsync("UPDATE no_such_table SET n = 1");
            }
        };
        await using var relay = new Relay(_databases, publisher, _clock);

        await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);
        await relay.Dispatcher.DispatchBatchAsync(CancellationToken.None);

        await using var producer = _databases.NewProducer();
        var messages = await producer.Set<OutboxMessage>().OrderBy(m => m.OccurredAt).ToListAsync();
        Assert.Equal((1, false), (messages[0].Attempts, messages[0].ProcessedAt is not null));
        Assert.Contains("no_such_table", messages[0].LastError);
        Assert.Equal((0, true), (messages[1].Attempts, messages[1].ProcessedAt is not null));
        Assert.Equal((1, 1), (await CountEffectsAsync(poison), await CountEffectsAsync(next)));
    }

    [Fact]
    public async Task Act_once_on_the_same_event_published_outside_the_outbox()
    {
        var moved = new CounterMoved(Guid.NewGuid(), 7, Now);

        var first = await Consumer.HandleAsync(_databases, moved, Now, CancellationToken.None);
        var second = await Consumer.HandleAsync(_databases, moved, Now, CancellationToken.None);
        var other = await Consumer.HandleAsync(_databases, moved with { Sequence = 8 }, Now, CancellationToken.None);

        Assert.Equal((true, false, true), (first, second, other));
        Assert.Equal(2, await CountEffectsAsync(moved.CounterId));
    }

    [Fact]
    public async Task Act_once_when_two_deliveries_of_an_event_race()
    {
        var moved = new CounterMoved(Guid.NewGuid(), 1, Now);
        var id = Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            using (OutboxDelivery.Begin(id))
            {
                return await Consumer.HandleAsync(_databases, moved, Now, CancellationToken.None);
            }
        })));

        Assert.Single(results, acted => acted);
        Assert.Equal(1, await CountEffectsAsync(moved.CounterId));
    }

    [Fact]
    public async Task Deliver_each_event_exactly_once_with_two_dispatchers_on_one_database()
    {
        var counter = Guid.NewGuid();
        await EnqueueAsync([.. Enumerable.Range(0, 240).Select(i => (counter, i, Now.AddMilliseconds(i)))]);
        var publisher = new RecordingPublisher(_databases, _clock);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await using var first = new Relay(_databases, publisher, _clock);
        await using var second = new Relay(_databases, publisher, _clock);

        await Task.WhenAll(DrainAsync(first.Dispatcher), DrainAsync(second.Dispatcher));

        var deliveries = publisher.Deliveries.ToList();
        Assert.Equal(240, deliveries.Count);
        Assert.Equal(240, deliveries.Select(d => d.MessageId).Distinct().Count());
        Assert.Equal(240, await CountEffectsAsync(counter));
        await using var producer = _databases.NewProducer();
        Assert.Equal(0, await producer.Set<OutboxMessage>().CountAsync(m => m.ProcessedAt == null));
    }

    [Fact]
    public async Task Deliver_an_event_committed_before_a_crash_when_a_dispatcher_starts()
    {
        var counter = Guid.NewGuid();
        // The process committed its change and its event, then died before anything published it.
        await EnqueueAsync((counter, 1, Now));
        var publisher = new RecordingPublisher(_databases, _clock);
        await using var restarted = new Relay(_databases, publisher, _clock);

        await restarted.Dispatcher.StartAsync(CancellationToken.None);
        await restarted.Dispatcher.StartedAsync(CancellationToken.None);
        var effects = await UntilAsync(() => CountEffectsAsync(counter), n => n > 0);
        await restarted.Dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal(1, effects);
        Assert.Single(publisher.Deliveries);
    }

    [Fact]
    public async Task Publish_the_events_of_an_aggregate_in_the_order_they_occurred()
    {
        var counter = Guid.NewGuid();
        var order = Enumerable.Range(0, 120).ToArray();
        // Written in a scrambled order (several writers), each stamped with when it happened.
        Random.Shared.Shuffle(order);
        foreach (var chunk in order.Chunk(7))
        {
            await EnqueueAsync([.. chunk.Select(i => (counter, i, Now.AddMilliseconds(i)))]);
        }

        var publisher = new RecordingPublisher(_databases, _clock);
        await using var relay = new Relay(_databases, publisher, _clock);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await DrainAsync(relay.Dispatcher);

        Assert.Equal(Enumerable.Range(0, 120), publisher.Deliveries.Select(d => d.Event.Sequence));
    }

    [Fact]
    public async Task Claim_only_rows_no_other_open_transaction_holds()
    {
        var counter = Guid.NewGuid();
        await EnqueueAsync([.. Enumerable.Range(0, 60).Select(i => (counter, i, Now.AddMilliseconds(i)))]);
        await using var first = _databases.NewProducer();
        await using var firstClaim = await first.Database.BeginTransactionAsync();

        var held = await ClaimAsync(first, 50);

        Assert.Equal(Enumerable.Range(0, 50), held.Select(m => m.OccurredAt).Select(at => (int)(at - Now).TotalMilliseconds));
        if (provider == DatabaseProvider.Postgres)
        {
            // SQLite serialises writers instead: a second claim would wait for the first transaction.
            await using var second = _databases.NewProducer();
            await using var secondClaim = await second.Database.BeginTransactionAsync();
            var rest = await ClaimAsync(second, 50);
            Assert.Equal(10, rest.Count);
            Assert.Empty(rest.Select(m => m.Id).Intersect(held.Select(m => m.Id)));
        }
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private async Task EnqueueAsync(params (Guid Counter, int Sequence, DateTime At)[] events)
    {
        await using var producer = _databases.NewProducer();
        foreach (var (counter, sequence, at) in events)
        {
            producer.Enqueue(new CounterMoved(counter, sequence, at), at);
        }

        await producer.SaveChangesAsync();
    }

    private static Task<List<OutboxMessage>> ClaimAsync(ProducerDb db, int limit) =>
        db.ClaimAsync(
            db.Set<OutboxMessage>().Where(m => m.ProcessedAt == null).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id),
            $"processed_at IS NULL",
            "occurred_at, id",
            limit,
            CancellationToken.None);

    private async Task DrainAsync(OutboxDispatcher<ProducerDb> dispatcher)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            await dispatcher.DispatchBatchAsync(CancellationToken.None);
            await using var producer = _databases.NewProducer();
            if (!await producer.Set<OutboxMessage>().AnyAsync(m => m.ProcessedAt == null))
            {
                return;
            }
        }
    }

    private async Task<int> CountEffectsAsync(Guid counter)
    {
        await using var consumer = _databases.NewConsumer();
        return await consumer.Effects.CountAsync(e => e.CounterId == counter);
    }

    private async Task<List<int>> SequencesAsync(Guid counter)
    {
        await using var consumer = _databases.NewConsumer();
        return await consumer.Effects.Where(e => e.CounterId == counter).Select(e => e.Sequence).OrderBy(s => s).ToListAsync();
    }

    private static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}

public sealed class SqliteOutboxAndInboxShould() : OutboxAndInboxShould(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxAndInboxShould() : OutboxAndInboxShould(DatabaseProvider.Postgres);

public sealed class MySqlOutboxAndInboxShould() : OutboxAndInboxShould(DatabaseProvider.MySql);
