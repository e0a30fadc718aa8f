using Eci.Testing;

namespace Eci.Modules.Notifications.Tests.Webhooks;

/// <summary>The whole host on PostgreSQL, delivering webhooks to loopback quickly: retries 100 ms apart at first, a 3 s timeout, 4 attempts.</summary>
public sealed class WebhookHost : HostFixture
{
    /// <summary>How many times a delivery is tried before it is marked failed, here.</summary>
    public const int MaxAttempts = 4;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Payments:Resilience:RetryDelayMilliseconds"] = "0",
        ["Webhooks:AllowPrivateNetworks"] = "true",
        ["Webhooks:PollMilliseconds"] = "100",
        ["Webhooks:BackoffBaseMilliseconds"] = "100",
        ["Webhooks:TimeoutSeconds"] = "3",
        ["Webhooks:LeaseSeconds"] = "30",
        ["Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override TestDatabase? CreateDatabase() => TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}
