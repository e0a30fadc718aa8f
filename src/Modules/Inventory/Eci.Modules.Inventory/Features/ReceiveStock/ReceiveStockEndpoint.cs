using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReceiveStock;

internal static class ReceiveStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPost("/", async (ReceiveStock command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithName("ReceiveStock")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
