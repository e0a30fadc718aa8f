namespace Eci.Modules.Notifications.Domain;

/// <summary>One message to one recipient on one channel: queued until a sender accepts it (sent) or it fails too often (failed).</summary>
internal sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }

    // The customer it is for; null for a message an admin sent to an address of their choosing.
    public int? CustomerId { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string Channel { get; private set; } = string.Empty;

    public string Recipient { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    // The plain-text body (the whole message for SMS).
    public string Body { get; private set; } = string.Empty;

    // The HTML alternative of an e-mail.
    public string? HtmlBody { get; private set; }

    public string? OrderId { get; private set; }

    public string Status { get; private set; } = NotificationStatus.Queued;

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public static Notification Queue(
        int? customerId, string type, string channel, string recipient, string subject, string body, string? htmlBody, string? orderId, DateTime now) => new()
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customerId,
            Type = type,
            Channel = channel,
            Recipient = recipient,
            Subject = subject,
            Body = body,
            HtmlBody = htmlBody,
            OrderId = orderId,
            CreatedAt = now,
            NextAttemptAt = now,
        };

    // Holds the row for one sender until then; if that sender dies, it is due again at that time.
    public void Claim(DateTime until) => NextAttemptAt = until;

    public void MarkSent(DateTime now)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    // Records a failed attempt: tried again after a growing pause, or given up on after the last attempt.
    public void RecordFailure(string error, DateTime now, NotificationDelivery delivery)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= delivery.MaxAttempts)
        {
            Status = NotificationStatus.Failed;
            return;
        }

        NextAttemptAt = now + delivery.BackOff(Attempts);
    }
}
