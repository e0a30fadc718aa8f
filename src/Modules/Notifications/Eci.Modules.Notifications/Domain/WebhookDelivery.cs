namespace Eci.Modules.Notifications.Domain;

/// <summary>One event for one webhook; at most one per pair. A claim moves <see cref="NextAttemptAt"/> past a lease.</summary>
internal sealed class WebhookDelivery
{
    public Guid Id { get; private set; }

    public Guid WebhookId { get; private set; }

    public Guid EventId { get; private set; }

    public string Status { get; private set; } = WebhookDeliveryStatus.Pending;

    public int Attempts { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? NextAttemptAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static WebhookDelivery For(Guid webhookId, Guid eventId, DateTime now) =>
        new() { Id = Guid.NewGuid(), WebhookId = webhookId, EventId = eventId, CreatedAt = now, NextAttemptAt = now };

    public void Claim(DateTime until) => NextAttemptAt = until;

    public void Succeeded(int statusCode, DateTime now)
    {
        Attempts++;
        Status = WebhookDeliveryStatus.Delivered;
        LastStatusCode = statusCode;
        LastError = null;
        DeliveredAt = now;
        NextAttemptAt = null;
    }

    public void Failed(int? statusCode, string error, DateTime? retryAt)
    {
        Attempts++;
        LastStatusCode = statusCode;
        LastError = error.Length > 500 ? error[..500] : error;
        Status = retryAt is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        NextAttemptAt = retryAt;
    }

    public void Retry(DateTime now)
    {
        Status = WebhookDeliveryStatus.Pending;
        NextAttemptAt = now;
    }
}
