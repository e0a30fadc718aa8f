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

        var deleted = await host.Factory.Services.GetRequiredService<EventRetentionSweeper>().PruneAsync(CancellationToken.None);

        Assert.True(deleted >= 1, $"{deleted} events deleted");
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
