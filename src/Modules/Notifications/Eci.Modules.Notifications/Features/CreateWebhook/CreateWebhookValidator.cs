using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Integrations.Webhooks;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Features.CreateWebhook;

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator(IOptions<WebhooksOptions> options) => WebhookRules.Apply(this, x => x.Request, options);
}
