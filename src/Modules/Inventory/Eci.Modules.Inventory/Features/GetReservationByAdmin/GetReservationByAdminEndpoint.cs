using Eci.Shared.Errors;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.GetReservationByAdmin;

internal static class GetReservationByAdminEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/reservations/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReservationByAdmin(id), ct) ?? throw new NotFoundException("Reservation", id)))
            .WithName("GetReservation")
            .WithETag().ProducesProblem(StatusCodes.Status404NotFound);
}
