using System.Security.Claims;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReceiveIncoming;

internal static class ReceiveIncomingEndpoint
{
    public static void Map(RouteGroupBuilder incoming) =>
        incoming.MapPost("/{id:guid}/receive", async (Guid id, ReceiveIncomingRequest? body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReceiveIncoming(id, body?.Quantity, StockChangeEndpoint.CallerKey(http, user, body?.IdempotencyKey)), ct)))
            .WithName("ReceiveIncoming")
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
