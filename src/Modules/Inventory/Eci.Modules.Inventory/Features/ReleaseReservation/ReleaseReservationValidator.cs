using FluentValidation;

namespace Eci.Modules.Inventory.Features.ReleaseReservation;

internal sealed class ReleaseReservationValidator : AbstractValidator<Contracts.ReleaseReservation>
{
    public ReleaseReservationValidator() => RuleFor(x => x.Reason).MaximumLength(500);
}
