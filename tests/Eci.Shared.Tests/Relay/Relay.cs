using System.Collections.Concurrent;
using Eci.Shared.Inbox;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eci.Shared.Tests.Relay;

/// <summary>A clock that moves only when a test moves it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>One delivery the publisher saw: the outbox message it belonged to, and the event.</summary>
public sealed record Delivery(Guid? MessageId, CounterMoved Event);

/// <summary>
/// Stands in for the in-process mediator at the dispatcher's edge: records every delivery, then hands the event to
/// the consuming handler (which keeps its effects single through the inbox), then to <see cref="AfterConsumer"/>,
/// which a test may make fail, as another subscriber might, with the services of the scope the event was published in.
/// </summary>
public sealed class RecordingPublisher(RelayDatabases databases, TimeProvider clock)
{
    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public Func<CounterMoved, IServiceProvider, Task>? AfterConsumer { get; set; }

    public async ValueTask PublishAsync(object notification, IServiceProvider scope, CancellationToken cancellationToken)
    {
        var moved = (CounterMoved)notification;
        Deliveries.Enqueue(new Delivery(OutboxDelivery.CurrentMessageId, moved));
        await Consumer.HandleAsync(databases, moved, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (AfterConsumer is { } after)
        {
            await after(moved, scope);
        }
    }
}

/// <summary>The mediator as one DI scope sees it: each scope's publisher is a new one, as the host's is.</summary>
public sealed class ScopedPublisher(RecordingPublisher recorder, IServiceProvider scope) : IPublisher
{
    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Publish((object)notification, cancellationToken);

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default) =>
        recorder.PublishAsync(notification, scope, cancellationToken);
}

/// <summary>The consuming handler: records the event as an effect, once.</summary>
public static class Consumer
{
    public static async Task<bool> HandleAsync(RelayDatabases databases, CounterMoved moved, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = databases.NewConsumer();
        return await db.HandleOnceAsync(moved, "consumer.counter", now, _ =>
        {
            db.Effects.Add(new Effect { CounterId = moved.CounterId, Sequence = moved.Sequence });
            return Task.CompletedTask;
        }, cancellationToken);
    }
}

/// <summary>A dispatcher over the producer's outbox, built as a host would build it, with its own services.</summary>
public sealed class Relay : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public Relay(RelayDatabases databases, RecordingPublisher publisher, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:PollMilliseconds"] = "50",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(clock);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddScoped(_ => databases.NewProducer());
        services.AddScoped(_ => databases.NewConsumer());
        services.AddSingleton<ModuleSchema>(new ModuleSchema<ProducerDb>("Producer"));
        services.AddSingleton<ModuleSchema>(new ModuleSchema<ConsumerDb>("Consumer"));
        services.AddScoped<IPublisher>(scope => new ScopedPublisher(publisher, scope));
        services.AddOutboxDispatcher<ProducerDb>();
        _services = services.BuildServiceProvider();
    }

    public OutboxDispatcher<ProducerDb> Dispatcher => _services.GetRequiredService<OutboxDispatcher<ProducerDb>>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
