using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.GetWarehouse;

internal static class GetWarehouseEndpoint
{
    public static void Map(RouteGroupBuilder warehouses) =>
        warehouses.MapGet("/{code}", async (string code, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetWarehouse(code), ct)))
            .WithName("GetWarehouse")
            .WithETag()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
