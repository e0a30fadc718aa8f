using Eci.Modules.Inventory.Features.ResolveReservation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.CommitReservationByAdmin;

internal static class CommitReservationByAdminEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/commit", (ReservationReference body, ISender sender, CancellationToken ct) =>
                body.MoveAsync(sender, id => new CommitReservationByAdmin(id), ct))
            .WithName("CommitReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
}
