using FluentValidation;

namespace Eci.Modules.Inventory.Features.ExtendReservation;

internal sealed class ExtendReservationValidator : AbstractValidator<Contracts.ExtendReservation>
{
    public ExtendReservationValidator() => RuleFor(x => x.Minutes).InclusiveBetween(1, Contracts.ReserveStock.MaxMinutes);
}
