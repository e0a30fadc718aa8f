namespace Eci.Modules.Notifications.Domain;

internal static class NotificationStatus
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [Queued, Sent, Failed];
}
