namespace Eci.Modules.Notifications.Integrations;

/// <summary>Hands a text message to the outside world; throws when it was not accepted.</summary>
internal interface ISmsSender
{
    Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken);
}
