namespace Eci.Modules.Notifications.Integrations;

internal sealed record OutgoingSms(string To, string Message);
