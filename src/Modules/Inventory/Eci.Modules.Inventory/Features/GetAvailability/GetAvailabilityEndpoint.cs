using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.GetAvailability;

internal static class GetAvailabilityEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapGet("/availability/{product_id:int}", async (
                    [FromRoute(Name = "product_id")] int productId, [FromQuery] int? quantity, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPromisedAvailability(productId, quantity), ct)))
            .WithName("GetAvailability")
            .WithETag()
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
