using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Integrations.Webhooks;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Features.UpdateWebhook;

internal sealed class UpdateWebhookValidator : AbstractValidator<UpdateWebhook>
{
    public UpdateWebhookValidator(IOptions<WebhooksOptions> options) => WebhookRules.Apply(this, x => x.Request, options);
}
