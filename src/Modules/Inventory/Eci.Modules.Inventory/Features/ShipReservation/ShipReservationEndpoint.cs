using Eci.Modules.Inventory.Features.ResolveReservation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ShipReservation;

internal static class ShipReservationEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/ship", (ReservationReference body, ISender sender, CancellationToken ct) =>
                body.MoveAsync(sender, id => new Contracts.ShipReservation(id), ct))
            .WithName("ShipReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
}
