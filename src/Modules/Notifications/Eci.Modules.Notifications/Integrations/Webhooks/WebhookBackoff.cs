namespace Eci.Modules.Notifications.Integrations.Webhooks;

/// <summary>When a failed delivery is tried again: the base doubled per attempt, capped, spread by ±20 % jitter; null to give up.</summary>
internal static class WebhookBackoff
{
    public static DateTime? NextAttempt(int attemptsMade, WebhooksOptions options, DateTime now)
    {
        if (attemptsMade >= options.MaxAttempts)
        {
            return null;
        }

        var doubled = options.BackoffBaseMilliseconds * Math.Pow(2, Math.Min(attemptsMade - 1, 30));
        var capped = Math.Min(doubled, options.MaxBackoffSeconds * 1000.0);
        var jittered = capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return now.AddMilliseconds(jittered);
    }
}
