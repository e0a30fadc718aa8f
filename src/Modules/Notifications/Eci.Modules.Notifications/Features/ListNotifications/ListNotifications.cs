using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.ListNotifications;

/// <summary>The caller's notifications (an admin's: everyone's), optionally of one order or in one status, newest first.</summary>
internal sealed record ListNotifications(PageRequest Paging, string? OrderId, string? Status, Caller Caller) : IQuery<Page<NotificationResponse>>;
