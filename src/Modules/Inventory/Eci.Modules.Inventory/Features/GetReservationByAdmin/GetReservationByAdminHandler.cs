using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.GetReservationByAdmin;

internal sealed class GetReservationByAdminHandler(ReservationStore reservations) : IQueryHandler<GetReservationByAdmin, ReservationResponse?>
{
    public async ValueTask<ReservationResponse?> Handle(GetReservationByAdmin query, CancellationToken cancellationToken)
    {
        var shown = await reservations.FindShownAsync(query.ReservationId, tracked: false, cancellationToken);
        return shown?.ToResponse();
    }
}
