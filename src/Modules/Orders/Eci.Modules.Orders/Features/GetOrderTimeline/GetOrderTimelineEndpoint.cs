using System.Security.Claims;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.GetOrderTimeline;

internal static class GetOrderTimelineEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("/{id:guid}/timeline", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetOrderTimeline(id, Caller.From(user)), ct)))
            .WithName("GetOrderTimeline")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
