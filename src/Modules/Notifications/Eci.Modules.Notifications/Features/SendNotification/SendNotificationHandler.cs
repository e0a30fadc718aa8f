using Eci.Modules.Notifications.Background;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Mediator;

namespace Eci.Modules.Notifications.Features.SendNotification;

internal sealed class SendNotificationHandler(NotificationsDbContext db, DeliverySignal signal, TimeProvider clock)
    : ICommandHandler<SendNotification, NotificationResponse>
{
    public async ValueTask<NotificationResponse> Handle(SendNotification command, CancellationToken cancellationToken)
    {
        var channel = command.Type!.Trim().ToLowerInvariant();
        var subject = string.IsNullOrWhiteSpace(command.Subject) ? "Message from ECI" : command.Subject.Trim();
        var notification = Notification.Queue(
            null, NotificationTypes.AdminMessage, channel, command.Recipient!.Trim(), subject, command.Message!, null, null, clock.GetUtcNow().UtcDateTime);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return NotificationResponse.From(notification);
    }
}
