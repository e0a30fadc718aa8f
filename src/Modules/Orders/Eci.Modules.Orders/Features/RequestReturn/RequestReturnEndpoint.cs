using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.RequestReturn;

internal static class RequestReturnEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{id:guid}/returns", async (Guid id, ReturnRequestBody body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new RequestReturn(id, body.Lines, Caller.From(user), IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey)), ct);
                return TypedResults.Created($"/v1/returns/{created.Id}", created);
            })
            .WithName("RequestReturn")
            .RequireAuthorization(Policies.SignedIn)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
