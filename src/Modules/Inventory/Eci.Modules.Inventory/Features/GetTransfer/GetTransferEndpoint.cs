using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.GetTransfer;

internal static class GetTransferEndpoint
{
    public static void Map(RouteGroupBuilder transfers) =>
        transfers.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetTransfer(id), ct)))
            .WithName("GetTransfer")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
