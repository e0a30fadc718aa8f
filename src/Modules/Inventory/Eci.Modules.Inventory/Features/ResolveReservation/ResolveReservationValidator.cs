using FluentValidation;

namespace Eci.Modules.Inventory.Features.ResolveReservation;

internal sealed class ResolveReservationValidator : AbstractValidator<ResolveReservation>
{
    public ResolveReservationValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty().MaximumLength(100).When(x => x.ReservationId is null)
            .WithMessage("Give 'reservation_id' or 'order_id'.");
    }
}
