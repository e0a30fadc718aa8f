using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Contracts;

/// <summary>Every customer's notifications, newest first, optionally of one status (<c>queued</c>, <c>sent</c>, <c>failed</c>), for an operator.</summary>
public sealed record SearchNotifications(PageRequest Paging, string? Status = null) : IQuery<Page<NotificationDto>>;
