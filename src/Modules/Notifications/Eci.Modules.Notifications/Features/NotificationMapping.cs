using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Notifications.Domain;

namespace Eci.Modules.Notifications.Features;

internal static class NotificationMapping
{
    public static NotificationDto ToDto(this Notification n) => new(
        n.Id, n.CustomerId, n.Type, n.Channel, n.Recipient, n.Subject, Guid.TryParse(n.OrderId, out var orderId) ? orderId : null, n.Status, n.Attempts, n.CreatedAt, n.SentAt);
}
