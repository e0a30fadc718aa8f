using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReturnReservation;

internal sealed class ReturnReservationHandler(ReservationStore reservations) : ICommandHandler<Contracts.ReturnReservation, ReservationDto>
{
    public async ValueTask<ReservationDto> Handle(Contracts.ReturnReservation command, CancellationToken cancellationToken) =>
        (await reservations.MoveAsync(command.ReservationId, (r, now) => r.Return(now), command.Reason ?? "returned", cancellationToken)).ToDto();
}
