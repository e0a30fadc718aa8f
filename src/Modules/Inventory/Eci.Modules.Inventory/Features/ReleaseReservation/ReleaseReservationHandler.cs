using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReleaseReservation;

internal sealed class ReleaseReservationHandler(ReservationStore reservations) : ICommandHandler<Contracts.ReleaseReservation, ReservationDto>
{
    public async ValueTask<ReservationDto> Handle(Contracts.ReleaseReservation command, CancellationToken cancellationToken) =>
        (await reservations.MoveAsync(command.ReservationId, (r, now) => r.Release(now), command.Reason ?? "released", cancellationToken)).ToDto();
}
