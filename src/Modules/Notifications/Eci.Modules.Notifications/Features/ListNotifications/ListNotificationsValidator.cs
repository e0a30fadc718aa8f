using Eci.Modules.Notifications.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Notifications.Features.ListNotifications;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.OrderId).MaximumLength(100);
        RuleFor(x => x.Status).Must(s => s is null || NotificationStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", NotificationStatus.All)}.");
    }
}
