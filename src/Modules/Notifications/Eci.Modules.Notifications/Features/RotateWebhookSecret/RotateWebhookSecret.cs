using Eci.Modules.Notifications.Features.Webhooks;
using Mediator;

namespace Eci.Modules.Notifications.Features.RotateWebhookSecret;

/// <summary>Gives a webhook a new secret, shown in the answer only; deliveries from then on are signed with it.</summary>
internal sealed record RotateWebhookSecret(Guid Id, string? IdempotencyKey) : ICommand<WebhookResponse>;
