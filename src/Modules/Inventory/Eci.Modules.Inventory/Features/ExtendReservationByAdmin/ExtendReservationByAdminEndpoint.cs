using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ExtendReservationByAdmin;

internal static class ExtendReservationByAdminEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/reservations/{id:guid}/extend", async (Guid id, ExtendRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExtendReservationByAdmin(id, body.Minutes ?? 0), ct)))
            .WithName("ExtendReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
}
