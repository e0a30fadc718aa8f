using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Shipping.Features.ChangeShipmentStatus;

internal static class ChangeShipmentStatusEndpoint
{
    public static void Map(RouteGroupBuilder shipments) =>
        shipments.MapPut("/{id:guid}/status", async (Guid id, ShipmentStatusRequest body, HttpRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeShipmentStatus(id, body.Status, body.Note) { IfMatch = IfMatch.From(request) }, ct)))
            .WithName("ChangeShipmentStatus")
            .WithIfMatch()
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
