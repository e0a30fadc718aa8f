using Eci.Modules.Shipping.Domain;
using FluentValidation;

namespace Eci.Modules.Shipping.Features.ChangeShipmentStatus;

internal sealed class ChangeShipmentStatusValidator : AbstractValidator<ChangeShipmentStatus>
{
    public ChangeShipmentStatusValidator()
    {
        RuleFor(x => x.Status).NotEmpty().Must(s => s is null || ShipmentStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", ShipmentStatus.All)}.");
        RuleFor(x => x.Note).MaximumLength(500);
    }
}
