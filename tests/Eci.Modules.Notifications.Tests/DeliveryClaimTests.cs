using Eci.Modules.Notifications.Background;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>Senders claiming due notifications at the same moment (other replicas, say) each get their own.</summary>
public abstract class DeliveryClaimTests(MailHost host)
{
    [Fact]
    public async Task Senders_claiming_at_once_never_claim_the_same_notification()
    {
        var clock = host.Factory.Services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NotificationsDbContext>();
            var notifications = Enumerable.Range(0, 12)
                .Select(i => Notification.Queue(null, "custom", "email", $"c{i}{Guid.NewGuid():N}@example.com", "Hello", "Hi.", null, null, now))
                .ToList();
            db.Notifications.AddRange(notifications);
            await db.SaveChangesAsync();
            return notifications.Select(n => n.Id).ToHashSet();
        });

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.InScopeAsync(async sp =>
            await DeliveryClaims.ClaimAsync(sp.GetRequiredService<NotificationsDbContext>(), now, now.AddMinutes(1), 5, CancellationToken.None))));

        var mine = claims.SelectMany(c => c).Where(n => queued.Contains(n.Id)).ToList();
        Assert.Equal(mine.Count, mine.Select(n => n.Id).Distinct().Count());
        Assert.All(mine, n => Assert.Equal(now.AddMinutes(1), n.NextAttemptAt, TimeSpan.FromMilliseconds(1)));
    }
}

public sealed class SqliteDeliveryClaimTests(SqliteMailHost host) : DeliveryClaimTests(host), IClassFixture<SqliteMailHost>;

public sealed class PostgresDeliveryClaimTests(PostgresMailHost host) : DeliveryClaimTests(host), IClassFixture<PostgresMailHost>;
