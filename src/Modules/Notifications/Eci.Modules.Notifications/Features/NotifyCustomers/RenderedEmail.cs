namespace Eci.Modules.Notifications.Features.NotifyCustomers;

internal sealed record RenderedEmail(string Subject, string TextBody, string HtmlBody);
