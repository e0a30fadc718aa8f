using Eci.Modules.Orders.Domain;
using FluentValidation;

namespace Eci.Modules.Orders.Features.ChangeOrderStatus;

internal sealed class ChangeOrderStatusValidator : AbstractValidator<ChangeOrderStatus>
{
    public ChangeOrderStatusValidator()
    {
        RuleFor(x => x.Status).NotEmpty().Must(s => s is null || OrderStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", OrderStatus.All)}.");
        RuleFor(x => x.Reason).MaximumLength(200);
    }
}
