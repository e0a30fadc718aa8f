using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Notifications.Features.SearchNotifications;

internal sealed class SearchNotificationsValidator : AbstractValidator<Contracts.SearchNotifications>
{
    public SearchNotificationsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Status).MaximumLength(32);
    }
}
