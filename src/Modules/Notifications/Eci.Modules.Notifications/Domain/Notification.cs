namespace Eci.Modules.Notifications.Domain;

/// <summary>
/// One message to one recipient on one channel, and how its delivery went: <c>queued</c> until a sender accepts it
/// (<c>sent</c>), or until it has failed <see cref="NotificationDelivery.MaxAttempts"/> times (<c>failed</c>).
/// </summary>
internal sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The customer it is for; null for a message an admin sent to an address of their choosing.</summary>
    public int? CustomerId { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string Channel { get; private set; } = string.Empty;

    public string Recipient { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    /// <summary>The plain-text body (the whole message for SMS).</summary>
    public string Body { get; private set; } = string.Empty;

    /// <summary>The HTML alternative of an e-mail.</summary>
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

    /// <summary>Holds the row for one sender until <paramref name="until"/>; if that sender dies, it is due again then.</summary>
    public void Claim(DateTime until) => NextAttemptAt = until;

    public void MarkSent(DateTime now)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    /// <summary>Records a failed attempt: tried again after a growing pause, or given up on after the last attempt.</summary>
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

/// <summary>How often and how patiently a notification is tried.</summary>
internal sealed record NotificationDelivery(int MaxAttempts, TimeSpan FirstRetry)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromHours(1);

    /// <summary>The pause after the given failed attempt: the first retry's pause, doubled each time, at most an hour.</summary>
    public TimeSpan BackOff(int attempts)
    {
        var pause = FirstRetry.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return pause >= LongestPause.TotalMilliseconds ? LongestPause : TimeSpan.FromMilliseconds(pause);
    }
}

internal static class NotificationStatus
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [Queued, Sent, Failed];
}

internal static class NotificationChannels
{
    public const string Email = "email";
    public const string Sms = "sms";

    public static readonly IReadOnlyList<string> All = [Email, Sms];
}

/// <summary>What a notification is about; each event type has its templates under <c>Templates/</c>.</summary>
internal static class NotificationTypes
{
    public const string OrderConfirmation = "order_confirmation";
    public const string OrderCancelled = "order_cancelled";
    public const string PaymentFailed = "payment_failed";
    public const string RefundIssued = "refund_issued";
    public const string OrderShipped = "order_shipped";
    public const string OrderDelivered = "order_delivered";

    /// <summary>A message an admin wrote by hand.</summary>
    public const string AdminMessage = "admin_message";

    public static readonly IReadOnlyList<string> FromEvents = [OrderConfirmation, OrderCancelled, PaymentFailed, RefundIssued, OrderShipped, OrderDelivered];
}
