using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.ReceiveReturn;

internal static class ReceiveReturnEndpoint
{
    public static void Map(RouteGroupBuilder returns) =>
        returns.MapPost("/{id:guid}/receive", async (Guid id, ReceiptBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReceiveReturn(id, body.Lines, IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey)), ct)))
            .WithName("ReceiveReturn")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
