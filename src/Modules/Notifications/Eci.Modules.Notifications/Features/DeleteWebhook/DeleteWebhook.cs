using Mediator;

namespace Eci.Modules.Notifications.Features.DeleteWebhook;

/// <summary>Removes a webhook and its deliveries; deleting one already gone is a 404.</summary>
internal sealed record DeleteWebhook(Guid Id) : ICommand;
