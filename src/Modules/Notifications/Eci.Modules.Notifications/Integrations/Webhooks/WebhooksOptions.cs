namespace Eci.Modules.Notifications.Integrations.Webhooks;

/// <summary>The <c>Webhooks</c> settings.</summary>
internal sealed class WebhooksOptions
{
    // Lets webhooks point at loopback, private and link-local addresses (and plain http): for tests and closed networks only.
    public bool AllowPrivateNetworks { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public int MaxAttempts { get; set; } = 12;

    // The pause before the first retry; each later one doubles it (with jitter), up to MaxBackoffSeconds.
    public int BackoffBaseMilliseconds { get; set; } = 60_000;

    public int MaxBackoffSeconds { get; set; } = 8 * 3600;

    public int PollMilliseconds { get; set; } = 1_000;

    public int BatchSize { get; set; } = 50;

    // How long a delivery worker holds what it claimed; one whose worker died is sent again (same webhook-id) after it.
    public int LeaseSeconds { get; set; } = 60;

    public bool IsValid() =>
        TimeoutSeconds > 0 && MaxAttempts > 0 && BackoffBaseMilliseconds >= 0 && MaxBackoffSeconds > 0 && PollMilliseconds > 0
        && BatchSize > 0 && LeaseSeconds > TimeoutSeconds;
}
