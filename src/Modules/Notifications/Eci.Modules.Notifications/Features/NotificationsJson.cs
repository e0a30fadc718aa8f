using System.Text.Json.Serialization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Notifications.Features;

/// <summary>Source-generated JSON metadata for every body the notifications endpoints read or write (ADR 0053).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(EventResponse))]
[JsonSerializable(typeof(ListEvents.EventPage))]
[JsonSerializable(typeof(NotificationResponse))]
[JsonSerializable(typeof(SendNotification.SendNotification))]
[JsonSerializable(typeof(Webhooks.WebhookDeliveryResponse))]
[JsonSerializable(typeof(Webhooks.WebhookRequest))]
[JsonSerializable(typeof(Webhooks.WebhookResponse))]
[JsonSerializable(typeof(Page<NotificationResponse>))]
[JsonSerializable(typeof(Page<Webhooks.WebhookDeliveryResponse>))]
[JsonSerializable(typeof(IReadOnlyList<Webhooks.WebhookResponse>))]
internal sealed partial class NotificationsJson : JsonSerializerContext;
