using Eci.Modules.Customers.Contracts;
using Eci.Modules.Notifications.Background;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Inbox;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

// Queues one notification per configured channel the customer can be reached on, written together with the event's
// inbox record in one batch: an event delivered twice queues them once (the record's key refuses the repeat).
internal sealed partial class NotificationComposer(
    NotificationsDbContext db,
    ISender sender,
    TemplateLibrary templates,
    IOptions<NotificationsOptions> options,
    DeliverySignal signal,
    TimeProvider clock,
    ILogger<NotificationComposer> logger)
{
    public async Task ComposeAsync<TEvent>(TEvent @event, string type, int customerId, string? orderId, TemplateModel model, CancellationToken cancellationToken)
        where TEvent : notnull
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var acted = await db.HandleOnceAsync(@event, "notifications." + type, now, async ct =>
        {
            var contact = await sender.Send(new GetCustomerContact(customerId), ct);
            if (contact is null)
            {
                LogNoContact(logger, type, customerId);
                return;
            }

            model["customer_name"] = contact.FullName;
            model["order_id"] = orderId;
            foreach (var channel in options.Value.ChannelsOf(type))
            {
                if (Queue(type, channel, contact, orderId, model, now) is { } notification)
                {
                    db.Notifications.Add(notification);
                }
            }
        }, cancellationToken);

        if (acted)
        {
            signal.Wake();
        }
    }

    private Notification? Queue(string type, string channel, CustomerContact contact, string? orderId, TemplateModel model, DateTime now)
    {
        if (channel == NotificationChannels.Email)
        {
            var email = templates.Email(type, model);
            return Notification.Queue(contact.CustomerId, type, channel, contact.Email, email.Subject, email.TextBody, email.HtmlBody, orderId, now);
        }

        if (channel == NotificationChannels.Sms && !string.IsNullOrWhiteSpace(contact.Phone))
        {
            var subject = templates.Email(type, model).Subject;
            return Notification.Queue(contact.CustomerId, type, channel, contact.Phone.Trim(), subject, templates.Sms(type, model), null, orderId, now);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifications: no {Type} for customer {CustomerId}, who is not known to Customers")]
    private static partial void LogNoContact(ILogger logger, string type, int customerId);
}
