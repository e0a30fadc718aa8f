namespace Eci.Modules.Notifications.Domain;

/// <summary>How often and how patiently a notification is tried.</summary>
internal sealed record NotificationDelivery(int MaxAttempts, TimeSpan FirstRetry)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromHours(1);

    // The pause after the given failed attempt: the first retry's pause, doubled each time, at most an hour.
    public TimeSpan BackOff(int attempts)
    {
        var pause = FirstRetry.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return pause >= LongestPause.TotalMilliseconds ? LongestPause : TimeSpan.FromMilliseconds(pause);
    }
}
