using Eci.Modules.Inventory.Features.ResolveReservation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReleaseReservationByAdmin;

internal static class ReleaseReservationByAdminEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/release", (ReservationReference body, ISender sender, CancellationToken ct) =>
                body.MoveAsync(sender, id => new ReleaseReservationByAdmin(id, body.Reason), ct))
            .WithName("ReleaseReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
}
