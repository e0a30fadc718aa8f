namespace Eci.Modules.Notifications.Integrations;

internal sealed record OutgoingEmail(Guid NotificationId, string To, string Subject, string TextBody, string? HtmlBody);
