using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.CommitReservation;

internal sealed class CommitReservationHandler(ReservationStore reservations) : ICommandHandler<Contracts.CommitReservation, ReservationDto>
{
    public async ValueTask<ReservationDto> Handle(Contracts.CommitReservation command, CancellationToken cancellationToken) =>
        (await reservations.MoveAsync(command.ReservationId, (r, now) => r.Commit(now), "paid", cancellationToken)).ToDto();
}
