using Mediator;

namespace Eci.Modules.Notifications.Features.SendNotification;

// An admin writes to someone: type is the channel (email or sms). The message is queued and sent like any other.
internal sealed record SendNotification(string? Type, string? Recipient, string? Subject, string? Message) : ICommand<NotificationResponse>;
