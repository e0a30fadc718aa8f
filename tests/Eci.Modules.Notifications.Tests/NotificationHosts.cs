using Eci.Testing;

namespace Eci.Modules.Notifications.Tests;

/// <summary>
/// The whole host sending its e-mail over SMTP to a listener of the test's own, retrying quickly: three attempts,
/// 50 ms apart at first, and its text messages to a webhook of the test's own. <paramref name="rejectWith"/> makes the mail server refuse every message with that reply.
/// </summary>
public abstract class MailHost(int? rejectWith) : HostFixture, IAsyncDisposable
{
    public SmtpListener Smtp { get; } = new(rejectWith);

    public SmsWebhook Sms { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Payments:Resilience:RetryDelayMilliseconds"] = "0",
        ["Modules:Notifications:Email:Sender"] = "smtp",
        ["Modules:Notifications:Smtp:Host"] = "127.0.0.1",
        ["Modules:Notifications:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:Notifications:Smtp:Security"] = "None",
        ["Modules:Notifications:Smtp:TimeoutSeconds"] = "5",
        ["Modules:Notifications:Sms:Sender"] = "webhook",
        ["Modules:Notifications:Sms:WebhookUrl"] = Sms.Url,
        ["Modules:Notifications:Delivery:MaxAttempts"] = "3",
        ["Modules:Notifications:Delivery:RetryBaseMilliseconds"] = "50",
        ["Modules:Notifications:Delivery:PollMilliseconds"] = "100",
    };

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
        await Sms.DisposeAsync();
    }
}

public sealed class SqliteMailHost() : MailHost(null)
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresMailHost() : MailHost(null)
{
    protected override TestDatabase? CreateDatabase() => TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}

/// <summary>The seed's layout: Orders and Shipping on MySQL, the rest (Notifications included) on PostgreSQL.</summary>
public sealed class MySqlMailHost() : MailHost(null)
{
    protected override string SkipReason => TestDatabase.MySqlSkipReason;

    protected override TestDatabase? CreateDatabase() => MySqlTestDatabase.FromEnvironment();
}

public sealed class SqliteRefusingMailHost() : MailHost(554)
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresRefusingMailHost() : MailHost(554)
{
    protected override TestDatabase? CreateDatabase() => TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}
