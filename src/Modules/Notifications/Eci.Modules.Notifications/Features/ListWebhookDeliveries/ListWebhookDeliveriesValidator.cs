using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Notifications.Features.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveries>
{
    public ListWebhookDeliveriesValidator() => this.ValidPaging(x => x.Paging);
}
