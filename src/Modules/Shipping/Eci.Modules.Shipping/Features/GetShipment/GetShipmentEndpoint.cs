using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Shipping.Features.GetShipment;

internal static class GetShipmentEndpoint
{
    public static void Map(RouteGroupBuilder shipments) =>
        shipments.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetShipment(id, Caller.From(user)), ct)))
            .WithName("GetShipment")
            .WithETag()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
