using System.Security.Claims;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.StartTransfer;

internal static class StartTransferEndpoint
{
    public static void Map(RouteGroupBuilder transfers) =>
        transfers.MapPost("/", async (StartTransfer command, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var transfer = await sender.Send(command with { IdempotencyKey = StockChangeEndpoint.CallerKey(http, user, command.IdempotencyKey) }, ct);
                return TypedResults.Created($"/v1/inventory/transfers/{transfer.Id}", transfer);
            })
            .WithName("StartTransfer")
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
