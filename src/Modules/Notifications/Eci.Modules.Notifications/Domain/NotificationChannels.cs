namespace Eci.Modules.Notifications.Domain;

internal static class NotificationChannels
{
    public const string Email = "email";
    public const string Sms = "sms";

    public static readonly IReadOnlyList<string> All = [Email, Sms];
}
