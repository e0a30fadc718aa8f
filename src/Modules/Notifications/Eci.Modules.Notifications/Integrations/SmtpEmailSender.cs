using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Eci.Modules.Notifications.Integrations;

/// <summary>Sends e-mail through the SMTP server of <c>Modules:Notifications:Smtp</c>, one connection per message.</summary>
internal sealed class SmtpEmailSender(IOptions<NotificationsOptions> options) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var message = new MimeMessage();
        var from = MailboxAddress.Parse(settings.Email.From);
        message.From.Add(from);
        message.MessageId = MessageIdOf(email.NotificationId, from);
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Modules:Notifications:Smtp:Host is not set."), smtp.Port, smtp.SocketOptions, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, cancellationToken);
        }

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException ex)
        {
            // The reply code says whether trying again can help (4xx) or not (5xx); keep it with the error.
            throw new InvalidOperationException($"The SMTP server refused the message: {(int)ex.StatusCode} {ex.Message}", ex);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    // The same for every attempt at one notification: a message sent again after a crash (delivery is at least once) is
    // recognisable as the one sent before, by mail clients and by anyone reading the logs.
    internal static string MessageIdOf(Guid notificationId, MailboxAddress from)
    {
        var at = from.Address.LastIndexOf('@');
        var domain = at >= 0 && at < from.Address.Length - 1 ? from.Address[(at + 1)..] : "eci.local";
        return $"notification.{notificationId:N}@{domain}";
    }
}
