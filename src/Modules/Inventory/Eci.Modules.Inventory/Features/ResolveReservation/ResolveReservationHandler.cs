using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.ResolveReservation;

internal sealed class ResolveReservationHandler(ReservationStore reservations) : IQueryHandler<ResolveReservation, Guid>
{
    public async ValueTask<Guid> Handle(ResolveReservation query, CancellationToken cancellationToken) =>
        query.ReservationId ?? await reservations.IdOfOrderAsync(query.OrderId!, cancellationToken);
}
