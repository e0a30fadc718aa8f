using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReceiveStock;

internal static class ReceiveStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPost("/", async (ReceiveStock command, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { IdempotencyKey = IdempotencyEndpoints.KeyFrom(http, command.IdempotencyKey) is { } k ? $"user:{Caller.From(user).CustomerId}:{k}" : null }, ct)))
            .WithName("ReceiveStock")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
