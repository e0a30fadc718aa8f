using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReceiveStock;

internal static class ReceiveStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPost("/", async (ReceiveStock command, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { IdempotencyKey = StockChangeEndpoint.CallerKey(http, user, command.IdempotencyKey) }, ct)))
            .AsStockChange()
            .WithName("ReceiveStock");
}
