using Eci.Modules.Notifications.Features.Webhooks;
using Mediator;

namespace Eci.Modules.Notifications.Features.RetryWebhookDelivery;

/// <summary>Makes a delivery due now, whatever its state: a failed one is tried once more, a delivered one is sent again.</summary>
internal sealed record RetryWebhookDelivery(Guid WebhookId, Guid DeliveryId, string? IdempotencyKey) : ICommand<WebhookDeliveryResponse>;
