using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ShipReservationByAdmin;

internal sealed class ShipReservationByAdminHandler(ReservationStore reservations) : ICommandHandler<ShipReservationByAdmin, ReservationResponse>
{
    public async ValueTask<ReservationResponse> Handle(ShipReservationByAdmin command, CancellationToken cancellationToken) =>
        await reservations.MoveAsync(command.ReservationId, (r, now) => r.Fulfil(now), "shipped", cancellationToken);
}
