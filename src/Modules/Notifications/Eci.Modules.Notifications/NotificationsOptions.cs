using Eci.Modules.Notifications.Domain;
using MailKit.Security;

namespace Eci.Modules.Notifications;

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

    // The channels of each notification type, comma-separated (Channels:order_shipped = "email,sms"); a type left out
    // keeps its default. SMS goes only to customers with a phone number.
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

    internal sealed class EmailOptions
    {
        // log (writes the message to the log; the default) or smtp.
        public string Sender { get; set; } = "log";

        public string From { get; set; } = "ECI <no-reply@eci.local>";
    }

    internal sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public string? Username { get; set; }

        public string? Password { get; set; }

        // MailKit's SecureSocketOptions: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.
        public string Security { get; set; } = nameof(SecureSocketOptions.StartTls);

        public int TimeoutSeconds { get; set; } = 30;

        public SecureSocketOptions SocketOptions => Enum.Parse<SecureSocketOptions>(Security, ignoreCase: true);
    }

    internal sealed class SmsOptions
    {
        // log (the default) or webhook: a JSON POST of "to" and "message" to WebhookUrl.
        public string Sender { get; set; } = "log";

        public string? WebhookUrl { get; set; }
    }

    internal sealed class DeliveryOptions
    {
        public int MaxAttempts { get; set; } = 5;

        // The pause before the first retry; each later one doubles it, up to an hour.
        public int RetryBaseMilliseconds { get; set; } = 30_000;

        public int PollMilliseconds { get; set; } = 1_000;

        public int BatchSize { get; set; } = 20;

        // How long a sender holds the notifications it claimed. One whose sender died is sent again after this long, so
        // it must outlast a batch's sends (up to BatchSize × the SMTP timeout); shorter means a quicker resend.
        public int ClaimLeaseSeconds { get; set; } = 120;

        public TimeSpan ClaimLease => TimeSpan.FromSeconds(ClaimLeaseSeconds);

        public NotificationDelivery Policy => new(MaxAttempts, TimeSpan.FromMilliseconds(RetryBaseMilliseconds));
    }
}
