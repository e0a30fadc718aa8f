using System.Collections.Concurrent;
using Eci.Modules.Orders.Contracts;
using Eci.Shared.Outbox;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Notifications.Tests.Feed;

/// <summary>The feed's guarantees on PostgreSQL: one order under concurrent writers, no event of a rolled-back change, no repeat.</summary>
public sealed class FeedOrderingTests(FeedHost host) : IClassFixture<FeedHost>
{
    [Fact]
    public async Task A_reader_paging_with_after_while_many_batches_commit_at_once_sees_every_event_exactly_once()
    {
        host.RequireProvider();
        var (_, start) = await host.AdminClient.DrainAsync(null, 100);
        const int writers = 8;
        const int batches = 40;
        var written = new ConcurrentBag<string>();
        var read = new List<string>();
        var writing = Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var b = 0; b < batches; b++)
            {
                var batch = Enumerable.Range(0, 3).Select(_ => Completed(Guid.NewGuid())).ToList();
                await host.InScopeAsync(async sp =>
                {
                    await sp.GetRequiredService<IPublishedEventSink>().RecordAsync(batch, CancellationToken.None);
                    return true;
                });
                foreach (var e in batch)
                {
                    written.Add(e.Id.ToString());
                }
            }
        })));

        var after = start;
        while (!writing.IsCompleted)
        {
            var (items, next) = await host.AdminClient.DrainAsync(after, 50, "order.completed");
            read.AddRange(items.Select(e => e.Text("id")));
            after = next;
        }

        await writing;
        var (rest, _) = await host.AdminClient.DrainAsync(after, 50, "order.completed");
        read.AddRange(rest.Select(e => e.Text("id")));

        Assert.Equal(writers * batches * 3, written.Count);
        Assert.Equal(read.Count, read.Distinct().Count());
        Assert.Equal(written.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rolled_back_change_leaves_no_event_and_a_committed_one_is_recorded_once()
    {
        host.RequireProvider();
        var rolledBack = Guid.NewGuid();
        var committed = Guid.NewGuid();
        await host.InScopeAsync(async sp =>
        {
            var db = await host.ScratchAsync(sp);
            var now = DateTime.UtcNow;
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                db.Enqueue(new OrderCompleted(rolledBack, 7, now), now);
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            db.Enqueue(new OrderCompleted(committed, 7, now), now);
            await db.SaveChangesAsync();
            return true;
        });

        var events = await Poll.UntilAsync(
            async () => (await host.AdminClient.DrainAsync(null, 100, "order.completed")).Items,
            all => all.Any(e => FeedReader.OrderIdOf(e) == committed.ToString()),
            TimeSpan.FromSeconds(30));

        var recorded = Assert.Single(events, e => FeedReader.OrderIdOf(e) == committed.ToString());
        Assert.DoesNotContain(events, e => FeedReader.OrderIdOf(e) == rolledBack.ToString());
        Assert.Equal(("orders", committed.ToString()), (recorded.Text("module"), recorded.Text("subject")));
    }

    [Fact]
    public async Task A_batch_recorded_again_after_a_failed_commit_adds_nothing()
    {
        host.RequireProvider();
        var batch = new[] { Completed(Guid.NewGuid()), Completed(Guid.NewGuid()) };

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await host.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<IPublishedEventSink>().RecordAsync(batch, CancellationToken.None);
                return true;
            });
        }

        var (events, _) = await host.AdminClient.DrainAsync(null, 100, "order.completed");
        Assert.Equal(2, events.Count(e => batch.Any(b => b.Id.ToString() == e.Text("id"))));
    }

    private static PublishedEvent Completed(Guid orderId) =>
        new(Guid.CreateVersion7(), new OrderCompleted(orderId, 7, DateTime.UtcNow), DateTime.UtcNow);
}
