using System.Security.Claims;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.CancelTransfer;

internal static class CancelTransferEndpoint
{
    public static void Map(RouteGroupBuilder transfers) =>
        transfers.MapPost("/{id:guid}/cancel", async (Guid id, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelTransfer(id, StockChangeEndpoint.CallerKey(http, user, null)), ct)))
            .WithName("CancelTransfer")
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
