using Eci.Modules.Notifications.Integrations;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>The SMTP sender in a real SMTP conversation with the test's listener.</summary>
public sealed class SmtpEmailSenderShould
{
    private static SmtpEmailSender Sender(int port) => new(Options.Create(new NotificationsOptions
    {
        Email = new NotificationsOptions.EmailOptions { Sender = "smtp", From = "Shop <shop@eci.test>" },
        Smtp = new NotificationsOptions.SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None", TimeoutSeconds = 5 },
    }));

    [Fact]
    public async Task Deliver_the_envelope_subject_and_both_bodies()
    {
        await using var listener = new SmtpListener();

        await Sender(listener.Port).SendAsync(
            new OutgoingEmail(Guid.NewGuid(), "asha@example.com", "Your order is confirmed", "Plain words.", "<p>Rich words.</p>"), CancellationToken.None);

        var mail = Assert.Single(listener.Received);
        Assert.Equal("shop@eci.test", mail.From);
        Assert.Equal(["asha@example.com"], mail.Recipients);
        Assert.Contains("Subject: Your order is confirmed", mail.Data, StringComparison.Ordinal);
        Assert.Contains("Plain words.", mail.Data, StringComparison.Ordinal);
        Assert.Contains("<p>Rich words.</p>", mail.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Give_every_attempt_at_one_notification_the_same_message_id_and_other_notifications_another()
    {
        await using var listener = new SmtpListener();
        var id = Guid.NewGuid();
        var email = new OutgoingEmail(id, "asha@example.com", "Your order is confirmed", "Plain words.", null);

        await Sender(listener.Port).SendAsync(email, CancellationToken.None);
        await Sender(listener.Port).SendAsync(email, CancellationToken.None);
        await Sender(listener.Port).SendAsync(email with { NotificationId = Guid.NewGuid() }, CancellationToken.None);

        var ids = listener.Received.Select(m => MessageId(m.Data)).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal($"<notification.{id:N}@eci.test>", ids[0]);
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
    }

    /// <summary>The Message-Id header of a raw message.</summary>
    internal static string MessageId(string data) =>
        data.Split('\n').Single(line => line.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase))["Message-Id:".Length..].Trim();

    [Fact]
    public async Task Fail_when_the_server_refuses_the_message()
    {
        await using var listener = new SmtpListener(rejectWith: 554);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Sender(listener.Port).SendAsync(
            new OutgoingEmail(Guid.NewGuid(), "asha@example.com", "Hello", "Text", null), CancellationToken.None));

        Assert.Equal(554, (int)Assert.IsType<SmtpCommandException>(refused.InnerException).StatusCode);
        Assert.Contains("554", refused.Message, StringComparison.Ordinal);
        Assert.Empty(listener.Received);
    }

    [Fact]
    public async Task Fail_when_no_server_listens()
    {
        int port;
        await using (var gone = new SmtpListener())
        {
            port = gone.Port;
        }

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => Sender(port).SendAsync(
            new OutgoingEmail(Guid.NewGuid(), "asha@example.com", "Hello", "Text", null), CancellationToken.None));
    }
}
