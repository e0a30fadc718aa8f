using Microsoft.Extensions.Logging;

namespace Eci.Modules.Notifications.Features.Deliver;

/// <summary>An e-mail ready to go: the notification it is, one recipient, a subject, a plain-text body and its HTML alternative.</summary>
internal sealed record OutgoingEmail(Guid NotificationId, string To, string Subject, string TextBody, string? HtmlBody);

/// <summary>A text message to one phone number.</summary>
internal sealed record OutgoingSms(string To, string Message);

/// <summary>Hands an e-mail to the outside world; throws when it was not accepted.</summary>
internal interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

/// <summary>Hands a text message to the outside world; throws when it was not accepted.</summary>
internal interface ISmsSender
{
    Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken);
}

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

/// <summary>Wakes the delivery worker when notifications were queued, so they need not wait for its next poll.</summary>
internal sealed class DeliverySignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Wake()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
