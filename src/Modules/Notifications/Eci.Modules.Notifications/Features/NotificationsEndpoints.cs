using Eci.Modules.Notifications.Features.GetEvent;
using Eci.Modules.Notifications.Features.GetNotification;
using Eci.Modules.Notifications.Features.ListEvents;
using Eci.Modules.Notifications.Features.ListNotifications;
using Eci.Modules.Notifications.Features.SendNotification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features;

internal static class NotificationsEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var notifications = v1.MapGroup("/notifications").WithTags("Notifications");
        SendNotificationEndpoint.Map(notifications);
        GetNotificationEndpoint.Map(notifications);
        ListNotificationsEndpoint.Map(notifications);

        var events = v1.MapGroup("/events").WithTags("Events");
        ListEventsEndpoint.Map(events);
        GetEventEndpoint.Map(events);

        var webhooks = v1.MapGroup("/webhooks").WithTags("Webhooks");
        CreateWebhook.CreateWebhookEndpoint.Map(webhooks);
        ListWebhooks.ListWebhooksEndpoint.Map(webhooks);
        GetWebhook.GetWebhookEndpoint.Map(webhooks);
        UpdateWebhook.UpdateWebhookEndpoint.Map(webhooks);
        DeleteWebhook.DeleteWebhookEndpoint.Map(webhooks);
        RotateWebhookSecret.RotateWebhookSecretEndpoint.Map(webhooks);
        ListWebhookDeliveries.ListWebhookDeliveriesEndpoint.Map(webhooks);
        RetryWebhookDelivery.RetryWebhookDeliveryEndpoint.Map(webhooks);
    }
}
