using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ShipReservation;

internal sealed class ShipReservationHandler(ReservationStore reservations) : ICommandHandler<Contracts.ShipReservation, ReservationDto>
{
    public async ValueTask<ReservationDto> Handle(Contracts.ShipReservation command, CancellationToken cancellationToken) =>
        (await reservations.MoveAsync(command.ReservationId, (r, now) => r.Fulfil(now), "shipped", cancellationToken)).ToDto();
}
