using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ShipReservationByAdmin;

// The seed API ships straight after reserve: an active hold is committed and shipped in one transaction, so it is
// either both or neither. An expired, released or returned hold is still refused (409 illegal_transition).
internal sealed class ShipReservationByAdminHandler(ReservationStore reservations, InventoryDbContext db) : ICommandHandler<ShipReservationByAdmin, ReservationResponse>
{
    public async ValueTask<ReservationResponse> Handle(ShipReservationByAdmin command, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(async ct =>
        {
            await reservations.TransitionAsync(command.ReservationId, (r, now) => r.Status == ReservationStatuses.Active ? r.Commit(now) : null, "shipped", ct);
            return (await reservations.TransitionAsync(command.ReservationId, (r, now) => r.Fulfil(now), "shipped", ct)).ToResponse();
        }, cancellationToken);
}
