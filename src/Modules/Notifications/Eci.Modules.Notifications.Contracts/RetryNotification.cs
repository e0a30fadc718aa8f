using Mediator;

namespace Eci.Modules.Notifications.Contracts;

/// <summary>
/// Puts a <c>failed</c> notification back in the queue to be sent now, for an operator: it is tried once more, and marked
/// failed again should that fail too. A notification already queued is left as it is; a sent one is a 409
/// (<c>notification_not_failed</c>); an unknown one a 404. Answers the notification as it now stands.
/// </summary>
public sealed record RetryNotification(Guid NotificationId) : ICommand<NotificationDto>;
