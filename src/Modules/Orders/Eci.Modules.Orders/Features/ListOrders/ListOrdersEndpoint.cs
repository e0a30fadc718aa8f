using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.ListOrders;

internal static class ListOrdersEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("/", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct,
                [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize, [FromQuery] string? status, [FromQuery(Name = "customer_id")] int? customerId) =>
                TypedResults.Ok(await sender.Send(new ListOrders(PageRequest.From(page, pageSize), status, customerId, Caller.From(user)), ct)))
            .WithName("ListOrders")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
