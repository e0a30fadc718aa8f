using Eci.Modules.Notifications.Features.RecordEvents;
using Eci.Modules.Notifications.Integrations.Webhooks;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Features.Webhooks;

/// <summary>The rules a webhook's url, events and description follow, on create and on replace.</summary>
internal static class WebhookRules
{
    public static void Apply<T>(AbstractValidator<T> validator, Func<T, WebhookRequest> request, IOptions<WebhooksOptions> options)
    {
        validator.RuleFor(x => request(x).Url).NotEmpty().MaximumLength(2000).OverridePropertyName("url");
        validator.RuleFor(x => request(x).Url)
            .CustomAsync(async (url, context, ct) =>
            {
                if (!string.IsNullOrWhiteSpace(url) && await WebhookAddresses.RefusalAsync(url, options.Value.AllowPrivateNetworks, ct) is { } refusal)
                {
                    context.AddFailure("url", refusal);
                }
            });
        validator.RuleFor(x => request(x).Events).NotEmpty().OverridePropertyName("events");
        validator.RuleFor(x => request(x).Events)
            .Must(e => e is null || e.All(t => t == "*" || FeedEventKinds.Names.Contains(t)))
            .WithMessage($"'events' must be '*' or feed types: {string.Join(", ", FeedEventKinds.Names)}.")
            .Must(e => e is null || !e.Contains("*") || e.Count == 1)
            .WithMessage("'events' is either [\"*\"] or a list of types.")
            .OverridePropertyName("events");
        validator.RuleFor(x => request(x).Description).MaximumLength(500).OverridePropertyName("description");
    }
}
