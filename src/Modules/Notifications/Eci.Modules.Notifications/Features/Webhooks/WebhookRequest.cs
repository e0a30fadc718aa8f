namespace Eci.Modules.Notifications.Features.Webhooks;

/// <summary>The body of a webhook's create or replace: where to POST and which feed types (or <c>*</c>).</summary>
internal sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Description);
