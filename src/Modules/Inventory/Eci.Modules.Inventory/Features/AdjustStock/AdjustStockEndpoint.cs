using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.AdjustStock;

internal static class AdjustStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPost("/adjust", async (AdjustStock command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithName("AdjustStock")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
