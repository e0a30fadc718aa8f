using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Notifications.Features.GetNotification;

/// <summary>A notification, for its customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record GetNotification(Guid Id, Caller Caller) : IQuery<NotificationResponse>;
