using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Notifications.Features.ListWebhookDeliveries;

/// <summary>A webhook's deliveries, newest first.</summary>
internal sealed record ListWebhookDeliveries(Guid WebhookId, PageRequest Paging) : IQuery<Page<WebhookDeliveryResponse>>;
