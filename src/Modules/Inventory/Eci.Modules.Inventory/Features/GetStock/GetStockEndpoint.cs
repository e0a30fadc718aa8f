using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.GetStock;

internal static class GetStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapGet("/{product_id:int}", async ([FromRoute(Name = "product_id")] int productId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetStock(productId), ct)))
            .WithName("GetStock")
            .WithETag()
            .RequireAuthorization(Policies.Admin);
}
