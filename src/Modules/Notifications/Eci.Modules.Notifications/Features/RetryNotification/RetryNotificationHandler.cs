using Eci.Modules.Notifications.Background;
using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;
using RetryNotificationCommand = Eci.Modules.Notifications.Contracts.RetryNotification;

namespace Eci.Modules.Notifications.Features.RetryNotification;

internal sealed class RetryNotificationHandler(NotificationsDbContext db, DeliverySignal signal, TimeProvider clock)
    : ICommandHandler<RetryNotificationCommand, NotificationDto>
{
    public async ValueTask<NotificationDto> Handle(RetryNotificationCommand command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == command.NotificationId, cancellationToken)
            ?? throw new NotFoundException("Notification", command.NotificationId);
        if (notification.Status == NotificationStatus.Sent)
        {
            throw new ConflictException("notification_not_failed", "The notification was sent; only a failed one can be retried.");
        }

        if (notification.Status == NotificationStatus.Failed)
        {
            // Only a row still failed is requeued, so two operators retrying at once queue it once.
            var requeued = await db.Notifications
                .Where(n => n.Id == notification.Id && n.Status == NotificationStatus.Failed)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Queued).SetProperty(n => n.NextAttemptAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
            if (requeued > 0)
            {
                signal.Wake();
            }

            await db.Entry(notification).ReloadAsync(cancellationToken);
        }

        return notification.ToDto();
    }
}
