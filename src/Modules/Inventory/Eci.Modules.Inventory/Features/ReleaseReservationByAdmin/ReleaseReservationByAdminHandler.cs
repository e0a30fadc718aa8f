using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReleaseReservationByAdmin;

internal sealed class ReleaseReservationByAdminHandler(ReservationStore reservations) : ICommandHandler<ReleaseReservationByAdmin, ReservationResponse>
{
    public async ValueTask<ReservationResponse> Handle(ReleaseReservationByAdmin command, CancellationToken cancellationToken) =>
        await reservations.MoveAsync(command.ReservationId, (r, now) => r.Release(now), command.Reason ?? "released", cancellationToken);
}
