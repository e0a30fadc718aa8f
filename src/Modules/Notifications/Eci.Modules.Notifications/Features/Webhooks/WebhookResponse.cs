using Eci.Modules.Notifications.Domain;

namespace Eci.Modules.Notifications.Features.Webhooks;

/// <summary>A webhook; <c>secret</c> is shown only when it is made (create, rotate-secret), null otherwise.</summary>
internal sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, string? Description, DateTime CreatedAt, DateTime UpdatedAt, string? Secret)
{
    public static WebhookResponse From(Webhook w, bool withSecret = false) =>
        new(w.Id, w.Url, w.EventTypes, w.Description, w.CreatedAt, w.UpdatedAt, withSecret ? w.Secret : null);
}
