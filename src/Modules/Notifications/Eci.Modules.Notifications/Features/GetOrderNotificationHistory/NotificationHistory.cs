using Eci.Modules.Notifications.Domain;
using Eci.Shared.Contracts;

namespace Eci.Modules.Notifications.Features.GetOrderNotificationHistory;

/// <summary>A notification told as the order's timeline shows it: queued, then sent or given up on.</summary>
internal static class NotificationHistory
{
    private const string Module = "notifications";

    public static IEnumerable<OrderHistoryEntry> Of(Notification notification, bool includeInternal)
    {
        var template = notification.Type.Replace('_', ' ');
        yield return new OrderHistoryEntry(notification.CreatedAt, Module, "notification.queued",
            $"Queued the {template} {notification.Channel}.", Data(notification, includeInternal));
        if (notification.SentAt is { } sentAt)
        {
            yield return new OrderHistoryEntry(sentAt, Module, "notification.sent",
                $"Sent the {template} {notification.Channel}.", Data(notification, includeInternal));
        }
        else if (notification.Status == NotificationStatus.Failed)
        {
            yield return new OrderHistoryEntry(notification.NextAttemptAt, Module, "notification.failed",
                $"Gave up sending the {template} {notification.Channel} after {notification.Attempts} attempts.", Data(notification, includeInternal));
        }
    }

    private static Dictionary<string, object?> Data(Notification notification, bool includeInternal)
    {
        var data = new Dictionary<string, object?>
        {
            ["notification_id"] = notification.Id,
            ["channel"] = notification.Channel,
            ["template"] = notification.Type,
            ["status"] = notification.Status,
        };
        if (includeInternal)
        {
            data["recipient"] = notification.Recipient;
            data["attempts"] = notification.Attempts;
            data["last_error"] = notification.LastError;
        }

        return data;
    }
}
