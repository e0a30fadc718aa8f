using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.CommitReservationByAdmin;

internal sealed class CommitReservationByAdminHandler(ReservationStore reservations) : ICommandHandler<CommitReservationByAdmin, ReservationResponse>
{
    public async ValueTask<ReservationResponse> Handle(CommitReservationByAdmin command, CancellationToken cancellationToken) =>
        await reservations.MoveAsync(command.ReservationId, (r, now) => r.Commit(now), "paid", cancellationToken);
}
