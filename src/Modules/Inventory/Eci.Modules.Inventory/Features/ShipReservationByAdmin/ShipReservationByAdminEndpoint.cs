using Eci.Modules.Inventory.Features.ResolveReservation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ShipReservationByAdmin;

internal static class ShipReservationByAdminEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/ship", (ReservationReference body, ISender sender, CancellationToken ct) =>
                body.MoveAsync(sender, id => new ShipReservationByAdmin(id), ct))
            .WithName("ShipReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
}
