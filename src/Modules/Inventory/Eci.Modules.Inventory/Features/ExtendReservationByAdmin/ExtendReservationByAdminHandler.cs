using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ExtendReservationByAdmin;

internal sealed class ExtendReservationByAdminHandler(InventoryDbContext db, ReservationStore reservations, TimeProvider clock)
    : ICommandHandler<ExtendReservationByAdmin, ReservationResponse>
{
    public async ValueTask<ReservationResponse> Handle(ExtendReservationByAdmin command, CancellationToken cancellationToken)
    {
        var shown = await reservations.LoadShownAsync(command.ReservationId, tracked: true, cancellationToken);
        shown.Reservation.Extend(clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(command.Minutes));
        await db.SaveChangesAsync(cancellationToken);
        return shown.ToResponse();
    }
}
