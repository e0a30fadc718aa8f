using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.GetReservation;

internal sealed class GetReservationHandler(ReservationStore reservations) : IQueryHandler<Contracts.GetReservation, ReservationDto?>
{
    public async ValueTask<ReservationDto?> Handle(Contracts.GetReservation query, CancellationToken cancellationToken)
    {
        var shown = await reservations.FindShownAsync(query.ReservationId, tracked: false, cancellationToken);
        return shown?.ToResponse().ToDto();
    }
}
