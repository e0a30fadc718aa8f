using Eci.Modules.Notifications.Domain;

namespace Eci.Modules.Notifications.Features;

/// <summary>A notification as the API shows it: what was said to whom, and how its delivery went.</summary>
internal sealed record NotificationResponse(
    Guid Id,
    int? CustomerId,
    string Type,
    string Channel,
    string Recipient,
    string Subject,
    string Body,
    string? OrderId,
    string Status,
    int Attempts,
    string? LastError,
    DateTime CreatedAt,
    DateTime? SentAt)
{
    public static NotificationResponse From(Notification n) => new(
        n.Id, n.CustomerId, n.Type, n.Channel, n.Recipient, n.Subject, n.Body, n.OrderId, n.Status, n.Attempts, n.LastError, n.CreatedAt, n.SentAt);
}
