namespace Eci.Modules.Notifications.Integrations;

/// <summary>Hands an e-mail to the outside world; throws when it was not accepted.</summary>
internal interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
