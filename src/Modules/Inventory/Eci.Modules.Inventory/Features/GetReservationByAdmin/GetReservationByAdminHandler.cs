using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.GetReservationByAdmin;

internal sealed class GetReservationByAdminHandler(InventoryDbContext db, ReservationStore reservations) : IQueryHandler<GetReservationByAdmin, ReservationResponse?>
{
    public async ValueTask<ReservationResponse?> Handle(GetReservationByAdmin query, CancellationToken cancellationToken)
    {
        var reservation = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReservationId, cancellationToken);
        return reservation is null ? null : await reservations.ToResponseAsync(reservation, cancellationToken);
    }
}
