using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.GetReservation;

internal sealed class GetReservationHandler(InventoryDbContext db, ReservationStore reservations) : IQueryHandler<Contracts.GetReservation, ReservationDto?>
{
    public async ValueTask<ReservationDto?> Handle(Contracts.GetReservation query, CancellationToken cancellationToken)
    {
        var reservation = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReservationId, cancellationToken);
        return reservation is null ? null : (await reservations.ToResponseAsync(reservation, cancellationToken)).ToDto();
    }
}
