using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.ListOrderReturns;

internal static class ListOrderReturnsEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("/{id:guid}/returns", async (
                Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
                TypedResults.Ok(await sender.Send(new ListOrderReturns(id, PageRequest.From(page, pageSize), Caller.From(user)), ct)))
            .WithName("ListOrderReturns")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
