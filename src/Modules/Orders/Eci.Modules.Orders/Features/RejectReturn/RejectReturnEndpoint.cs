using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.RejectReturn;

internal static class RejectReturnEndpoint
{
    public static void Map(RouteGroupBuilder returns) =>
        returns.MapPost("/{id:guid}/reject", async (Guid id, RejectionBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RejectReturn(id, body.Reason, IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey)), ct)))
            .WithName("RejectReturn")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
