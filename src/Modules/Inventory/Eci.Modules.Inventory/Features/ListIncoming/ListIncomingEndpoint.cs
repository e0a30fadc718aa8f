using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ListIncoming;

internal static class ListIncomingEndpoint
{
    public static void Map(RouteGroupBuilder incoming) =>
        incoming.MapGet("/", async (
                ISender sender, CancellationToken ct, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize, [FromQuery] string? status,
                [FromQuery(Name = "product_id")] int? productId) =>
                TypedResults.Ok(await sender.Send(new ListIncoming(PageRequest.From(page, pageSize), status, productId), ct)))
            .WithName("ListIncoming")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
