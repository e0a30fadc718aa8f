using Eci.Modules.Notifications.Features.Webhooks;
using Mediator;

namespace Eci.Modules.Notifications.Features.UpdateWebhook;

/// <summary>Replaces a webhook's url, events and description; its secret and cursor stay.</summary>
internal sealed record UpdateWebhook(Guid Id, WebhookRequest Request) : ICommand<WebhookResponse>;
