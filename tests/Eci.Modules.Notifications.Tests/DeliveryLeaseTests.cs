using System.Net;
using Eci.Modules.Notifications.Background;
using Eci.Modules.Notifications.Integrations;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>
/// A sender that dies after the mail server took its message, before it could record that: the notification is sent
/// again once the configured claim lease has run out (at least once), with the same Message-ID.
/// </summary>
public abstract class DeliveryLeaseTests(DyingSenderHost host)
{
    [Fact]
    public async Task A_message_whose_sender_died_is_sent_again_after_the_claim_lease_with_the_same_message_id()
    {
        var recipient = $"r{Guid.NewGuid():N}@example.com";
        var sent = await host.AdminClient.PostJsonAsync("/v1/notifications", new { type = "email", recipient, subject = "Store hours", message = "We open at nine." });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var id = Guid.Parse((await sent.JsonAsync()).Text("id"));
        await Poll.UntilAsync(() => Task.FromResult(host.Smtp.To(recipient).Count), n => n > 0);
        var worker = host.Factory.Services.GetRequiredService<DeliveryWorker>();

        var whileClaimed = await worker.DeliverBatchAsync(CancellationToken.None);
        await host.AdvanceClockAsync(TimeSpan.FromSeconds(DyingSenderHost.ClaimLeaseSeconds + 1));
        var afterLease = await worker.DeliverBatchAsync(CancellationToken.None);

        Assert.Equal((0, 1), (whileClaimed, afterLease));
        var mails = host.Smtp.To(recipient);
        Assert.Equal(2, mails.Count);
        Assert.Equal($"<notification.{id:N}@eci.local>", SmtpEmailSenderShould.MessageId(mails[0].Data));
        Assert.Equal(SmtpEmailSenderShould.MessageId(mails[0].Data), SmtpEmailSenderShould.MessageId(mails[1].Data));
        var now = await (await host.AdminClient.GetAsync($"/v1/notifications/{id}")).JsonAsync();
        Assert.Equal(("sent", 1), (now.Text("status"), now.GetProperty("attempts").GetInt32()));
    }
}

public sealed class SqliteDeliveryLeaseTests(SqliteDyingSenderHost host) : DeliveryLeaseTests(host), IClassFixture<SqliteDyingSenderHost>;

public sealed class PostgresDeliveryLeaseTests(PostgresDyingSenderHost host) : DeliveryLeaseTests(host), IClassFixture<PostgresDyingSenderHost>;

/// <summary>A mail host whose first e-mail send hangs after the server accepted the message, as a crashed sender would.</summary>
public abstract class DyingSenderHost() : MailHost(null)
{
    public const int ClaimLeaseSeconds = 5;

    private readonly DyingOnce _dying = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Modules:Notifications:Delivery:ClaimLeaseSeconds"] = ClaimLeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(_dying);
        services.AddScoped<IEmailSender, DyingSender>();
    }
}

public sealed class SqliteDyingSenderHost : DyingSenderHost
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresDyingSenderHost : DyingSenderHost
{
    protected override TestDatabase? CreateDatabase() => TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}

internal sealed class DyingOnce
{
    private int _calls;

    public bool First() => Interlocked.Increment(ref _calls) == 1;
}

internal sealed class DyingSender(IOptions<NotificationsOptions> options, DyingOnce dying) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        await new SmtpEmailSender(options).SendAsync(email, cancellationToken);
        if (dying.First())
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
