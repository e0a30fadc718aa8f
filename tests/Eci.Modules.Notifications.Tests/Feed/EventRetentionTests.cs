using System.Net;
using Eci.Modules.Notifications.Background;
using Eci.Modules.Orders.Contracts;
using Eci.Shared.Outbox;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Notifications.Tests.Feed;

/// <summary>Events leave the feed after Events:RetentionDays, and only those.</summary>
public abstract class EventRetentionTests(HostFixture host)
{
    [Fact]
    public async Task The_sweeper_deletes_events_recorded_before_the_retention_and_keeps_later_ones()
    {
        host.RequireProvider();
        var old = await RecordAsync();
        await host.AdvanceClockAsync(TimeSpan.FromDays(31));
        var recent = await RecordAsync();

        // The sign-in that moved the clock is the host's first answer, which lets the sweeper's own first pass run too:
        // either pass may be the one that deletes the old event, and then nothing past the retention is left to count.
        var sweeper = host.Factory.Services.GetRequiredService<EventRetentionSweeper>();
        await sweeper.PruneAsync(CancellationToken.None);
        var left = await sweeper.PruneAsync(CancellationToken.None);

        Assert.Equal(0, left);
        Assert.Equal(HttpStatusCode.NotFound, (await host.AdminClient.GetAsync($"/v1/events/{old}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.AdminClient.GetAsync($"/v1/events/{recent}")).StatusCode);
    }

    private async Task<Guid> RecordAsync()
    {
        var now = host.Factory.Clock.GetUtcNow().UtcDateTime;
        var published = new PublishedEvent(Guid.CreateVersion7(), new OrderCompleted(Guid.NewGuid(), 7, now), now);
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IPublishedEventSink>().RecordAsync([published], CancellationToken.None);
            return true;
        });
        return published.Id;
    }
}

public sealed class SqliteEventRetentionTests(SqliteHost host) : EventRetentionTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresEventRetentionTests(PostgresHost host) : EventRetentionTests(host), IClassFixture<PostgresHost>;
