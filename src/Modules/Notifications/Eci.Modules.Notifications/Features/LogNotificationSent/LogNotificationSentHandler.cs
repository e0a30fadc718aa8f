using Eci.Modules.Notifications.Contracts;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Notifications.Features.LogNotificationSent;

/// <summary>Writes a sent notification to the debug log; the event's main reader is the event feed.</summary>
internal sealed partial class LogNotificationSentHandler(ILogger<LogNotificationSentHandler> logger) : INotificationHandler<NotificationSent>
{
    public ValueTask Handle(NotificationSent notification, CancellationToken cancellationToken)
    {
        LogSent(logger, notification.NotificationId, notification.Type, notification.Channel, notification.Attempts);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification {NotificationId} ({Type}) sent by {Channel} after {Attempts} attempt(s)")]
    private static partial void LogSent(ILogger logger, Guid notificationId, string type, string channel, int attempts);
}
