using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.SetThreshold;

internal static class SetThresholdEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPut("/{product_id:int}/threshold", async ([FromRoute(Name = "product_id")] int productId, ThresholdRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetThreshold(productId, body.LowStockThreshold), ct)))
            .WithName("SetLowStockThreshold")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
