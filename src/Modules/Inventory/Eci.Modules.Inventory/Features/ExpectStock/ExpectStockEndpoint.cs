using System.Security.Claims;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ExpectStock;

internal static class ExpectStockEndpoint
{
    public static void Map(RouteGroupBuilder incoming) =>
        incoming.MapPost("/", async (ExpectStock command, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var expected = await sender.Send(command with { IdempotencyKey = StockChangeEndpoint.CallerKey(http, user, command.IdempotencyKey) }, ct);
                return TypedResults.Created($"/v1/inventory/incoming/{expected.Id}", expected);
            })
            .WithName("ExpectStock")
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
