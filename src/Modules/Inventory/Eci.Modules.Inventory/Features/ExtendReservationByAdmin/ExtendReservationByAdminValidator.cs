using FluentValidation;

namespace Eci.Modules.Inventory.Features.ExtendReservationByAdmin;

internal sealed class ExtendReservationByAdminValidator : AbstractValidator<ExtendReservationByAdmin>
{
    public ExtendReservationByAdminValidator() => RuleFor(x => x.Minutes).InclusiveBetween(1, Contracts.ReserveStock.MaxMinutes);
}
