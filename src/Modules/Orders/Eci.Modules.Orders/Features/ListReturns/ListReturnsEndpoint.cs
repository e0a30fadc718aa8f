using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.ListReturns;

internal static class ListReturnsEndpoint
{
    public static void Map(RouteGroupBuilder returns) =>
        returns.MapGet("/", async (
                ISender sender, CancellationToken ct, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize, [FromQuery] string? status) =>
                TypedResults.Ok(await sender.Send(new ListReturns(PageRequest.From(page, pageSize), status), ct)))
            .WithName("ListReturns")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
