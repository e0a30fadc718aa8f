using Mediator;

namespace Eci.Modules.Notifications.Contracts;

/// <summary>The notifications sent (or being sent) about an order, oldest first.</summary>
public sealed record GetOrderNotifications(Guid OrderId) : IQuery<IReadOnlyList<NotificationDto>>;

/// <summary>
/// One message to one recipient on one channel (<c>email</c> or <c>sms</c>). <see cref="Type"/> says what it is about
/// (e.g. <c>order_confirmation</c>, <c>order_shipped</c>); <see cref="Status"/> is <c>queued</c>, <c>sent</c> or
/// <c>failed</c>.
/// </summary>
public sealed record NotificationDto(
    Guid Id,
    int? CustomerId,
    string Type,
    string Channel,
    string Recipient,
    string Subject,
    Guid? OrderId,
    string Status,
    int Attempts,
    DateTime CreatedAt,
    DateTime? SentAt);
