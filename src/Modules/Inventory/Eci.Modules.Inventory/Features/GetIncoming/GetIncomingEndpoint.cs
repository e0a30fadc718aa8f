using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.GetIncoming;

internal static class GetIncomingEndpoint
{
    public static void Map(RouteGroupBuilder incoming) =>
        incoming.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetIncoming(id), ct)))
            .WithName("GetIncoming")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
