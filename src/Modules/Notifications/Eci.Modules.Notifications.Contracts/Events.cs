using Mediator;

namespace Eci.Modules.Notifications.Contracts;

/// <summary>
/// A notification reached its channel's provider (<c>Channel</c> <c>email</c> or <c>sms</c>; <c>Type</c> e.g.
/// <c>order_confirmation</c>). The recipient is left out; an admin reads it from the notification itself.
/// </summary>
public sealed record NotificationSent(Guid NotificationId, int? CustomerId, Guid? OrderId, string Type, string Channel, int Attempts, DateTime OccurredAt) : INotification;
