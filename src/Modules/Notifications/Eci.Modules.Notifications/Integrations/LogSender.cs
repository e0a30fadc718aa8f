using Microsoft.Extensions.Logging;

namespace Eci.Modules.Notifications.Integrations;

/// <summary>The default sender of both channels: writes who would have been told what to the log (the body stays out).</summary>
internal sealed partial class LogSender(ILogger<LogSender> logger) : IEmailSender, ISmsSender
{
    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        LogEmail(logger, email.NotificationId, email.To, email.Subject);
        return Task.CompletedTask;
    }

    public Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        LogSms(logger, sms.To, sms.Message.Length);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notifications: e-mail {NotificationId} to {Recipient}: {Subject}")]
    private static partial void LogEmail(ILogger logger, Guid notificationId, string recipient, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notifications: SMS to {Recipient} ({Length} characters)")]
    private static partial void LogSms(ILogger logger, string recipient, int length);
}
