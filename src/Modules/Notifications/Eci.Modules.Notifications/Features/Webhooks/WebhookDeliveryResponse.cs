using Eci.Modules.Notifications.Domain;

namespace Eci.Modules.Notifications.Features.Webhooks;

/// <summary>One event's delivery to a webhook: how many tries, what the receiver last answered, and when it is tried next.</summary>
internal sealed record WebhookDeliveryResponse(
    Guid Id, Guid EventId, string Status, int Attempts, int? LastStatusCode, string? LastError, DateTime? NextAttemptAt, DateTime? DeliveredAt, DateTime CreatedAt)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) =>
        new(d.Id, d.EventId, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.NextAttemptAt, d.DeliveredAt, d.CreatedAt);
}
