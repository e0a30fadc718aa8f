using Eci.Modules.Inventory.Features.ReserveStockByAdmin;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.PreviewAllocation;

internal static class PreviewAllocationEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPost("/allocation/preview", async (ReserveRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewAllocation(body.ToCommand(null)), ct)))
            .WithName("PreviewAllocation")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
