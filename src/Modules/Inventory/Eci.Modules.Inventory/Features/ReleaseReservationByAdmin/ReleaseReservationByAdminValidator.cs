using FluentValidation;

namespace Eci.Modules.Inventory.Features.ReleaseReservationByAdmin;

internal sealed class ReleaseReservationByAdminValidator : AbstractValidator<ReleaseReservationByAdmin>
{
    public ReleaseReservationByAdminValidator() => RuleFor(x => x.Reason).MaximumLength(500);
}
