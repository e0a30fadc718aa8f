using Eci.Modules.Notifications.Features.Webhooks;
using Mediator;

namespace Eci.Modules.Notifications.Features.ListWebhooks;

/// <summary>Every webhook, oldest first (there are few; the list is not paged).</summary>
internal sealed record ListWebhooks : IQuery<IReadOnlyList<WebhookResponse>>;
