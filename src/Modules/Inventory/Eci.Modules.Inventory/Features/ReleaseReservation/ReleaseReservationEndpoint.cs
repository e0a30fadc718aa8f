using Eci.Modules.Inventory.Features.ResolveReservation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReleaseReservation;

internal static class ReleaseReservationEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/release", (ReservationReference body, ISender sender, CancellationToken ct) =>
                body.MoveAsync(sender, id => new Contracts.ReleaseReservation(id, body.Reason), ct))
            .WithName("ReleaseReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
}
