using Eci.Modules.Notifications.Features.Webhooks;
using Mediator;

namespace Eci.Modules.Notifications.Features.GetWebhook;

internal sealed record GetWebhook(Guid Id) : IQuery<WebhookResponse>;
