using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.GetOrder;

internal static class GetOrderEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetOrder(id, Caller.From(user)), ct)))
            .WithName("GetOrder")
            .WithETag()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
