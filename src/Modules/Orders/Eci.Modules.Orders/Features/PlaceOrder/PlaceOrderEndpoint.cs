using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.PlaceOrder;

internal static class PlaceOrderEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/", async (PlaceOrder body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var order = await sender.Send(body with { IdempotencyKey = IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey), Caller = Caller.From(user) }, ct);
                return TypedResults.Created($"/v1/orders/{order.Id}", order);
            })
            .WithName("PlaceOrder")
            .RequireAuthorization(Policies.SignedIn)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
