using System.Security.Claims;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.GetReturn;

internal static class GetReturnEndpoint
{
    public static void Map(RouteGroupBuilder returns) =>
        returns.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReturn(id, Caller.From(user)), ct)))
            .WithName("GetReturn")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
