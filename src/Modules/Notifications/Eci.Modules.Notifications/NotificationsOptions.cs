using Eci.Modules.Notifications.Domain;
using MailKit.Security;

namespace Eci.Modules.Notifications;

/// <summary>Settings under <c>Modules:Notifications</c>.</summary>
internal sealed class NotificationsOptions
{
    private static readonly Dictionary<string, string> DefaultChannels = new()
    {
        [NotificationTypes.OrderConfirmation] = "email,sms",
        [NotificationTypes.OrderCancelled] = "email,sms",
        [NotificationTypes.PaymentFailed] = "email",
        [NotificationTypes.RefundIssued] = "email",
        [NotificationTypes.OrderShipped] = "email,sms",
        [NotificationTypes.OrderDelivered] = "email,sms",
    };

    /// <summary>
    /// The channels of each notification type, comma-separated (<c>Channels:order_shipped = "email,sms"</c>); a type
    /// left out keeps its default. SMS goes only to customers with a phone number.
    /// </summary>
    public Dictionary<string, string> Channels { get; set; } = [];

    public EmailOptions Email { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public IReadOnlyList<string> ChannelsOf(string type) =>
        (Channels.TryGetValue(type, out var configured) ? configured : DefaultChannels.GetValueOrDefault(type, NotificationChannels.Email))
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(c => c.ToLowerInvariant())
        .Distinct()
        .ToList();

    public bool IsValid() =>
        Channels.Keys.All(NotificationTypes.FromEvents.Contains)
        && NotificationTypes.FromEvents.All(t => ChannelsOf(t).All(NotificationChannels.All.Contains))
        && Email.Sender is "log" or "smtp"
        && (Email.Sender != "smtp" || !string.IsNullOrWhiteSpace(Smtp.Host))
        && Smtp.Port is > 0 and <= 65535 && Smtp.TimeoutSeconds > 0
        && Enum.TryParse<SecureSocketOptions>(Smtp.Security, ignoreCase: true, out _)
        && Sms.Sender is "log" or "webhook"
        && (Sms.Sender != "webhook" || Uri.TryCreate(Sms.WebhookUrl, UriKind.Absolute, out _))
        && Delivery is { MaxAttempts: > 0, RetryBaseMilliseconds: >= 0, PollMilliseconds: > 0, BatchSize: > 0, ClaimLeaseSeconds: > 0 };
}

internal sealed class EmailOptions
{
    /// <summary><c>log</c> (writes the message to the log; the default) or <c>smtp</c>.</summary>
    public string Sender { get; set; } = "log";

    public string From { get; set; } = "ECI <no-reply@eci.local>";
}

internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>MailKit's <see cref="SecureSocketOptions"/>: <c>None</c>, <c>Auto</c>, <c>SslOnConnect</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c>.</summary>
    public string Security { get; set; } = nameof(SecureSocketOptions.StartTls);

    public int TimeoutSeconds { get; set; } = 30;

    public SecureSocketOptions SocketOptions => Enum.Parse<SecureSocketOptions>(Security, ignoreCase: true);
}

internal sealed class SmsOptions
{
    /// <summary><c>log</c> (the default) or <c>webhook</c>: a JSON POST of <c>to</c> and <c>message</c> to <see cref="WebhookUrl"/>.</summary>
    public string Sender { get; set; } = "log";

    public string? WebhookUrl { get; set; }
}

internal sealed class DeliveryOptions
{
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The pause before the first retry; each later one doubles it, up to an hour.</summary>
    public int RetryBaseMilliseconds { get; set; } = 30_000;

    public int PollMilliseconds { get; set; } = 1_000;

    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a sender holds the notifications it claimed. One whose sender died is sent again after this long, so it
    /// must outlast a batch's sends (up to <see cref="BatchSize"/> × the SMTP timeout); shorter means a quicker resend.
    /// </summary>
    public int ClaimLeaseSeconds { get; set; } = 120;

    public TimeSpan ClaimLease => TimeSpan.FromSeconds(ClaimLeaseSeconds);

    public NotificationDelivery Policy => new(MaxAttempts, TimeSpan.FromMilliseconds(RetryBaseMilliseconds));
}
