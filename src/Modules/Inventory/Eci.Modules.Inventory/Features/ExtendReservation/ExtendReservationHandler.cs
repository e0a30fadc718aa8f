using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ExtendReservation;

internal sealed class ExtendReservationHandler(InventoryDbContext db, ReservationStore reservations, TimeProvider clock)
    : ICommandHandler<Contracts.ExtendReservation, ReservationDto>
{
    public async ValueTask<ReservationDto> Handle(Contracts.ExtendReservation command, CancellationToken cancellationToken)
    {
        var shown = await reservations.LoadShownAsync(command.ReservationId, tracked: true, cancellationToken);
        shown.Reservation.Extend(clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(command.Minutes));
        await db.SaveChangesAsync(cancellationToken);
        return shown.ToResponse().ToDto();
    }
}
