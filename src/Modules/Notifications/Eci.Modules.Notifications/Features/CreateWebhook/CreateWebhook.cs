using Eci.Modules.Notifications.Features.Webhooks;
using Mediator;

namespace Eci.Modules.Notifications.Features.CreateWebhook;

/// <summary>Subscribes a URL to feed events from now on.</summary>
internal sealed record CreateWebhook(WebhookRequest Request, string? IdempotencyKey) : ICommand<WebhookResponse>;
