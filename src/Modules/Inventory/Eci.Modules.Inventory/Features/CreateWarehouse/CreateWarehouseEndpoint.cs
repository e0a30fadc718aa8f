using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.CreateWarehouse;

internal static class CreateWarehouseEndpoint
{
    public static void Map(RouteGroupBuilder warehouses) =>
        warehouses.MapPost("/", async (CreateWarehouse command, ISender sender, CancellationToken ct) =>
            {
                var warehouse = await sender.Send(command, ct);
                return TypedResults.Created($"/v1/inventory/warehouses/{warehouse.Code}", warehouse);
            })
            .WithName("CreateWarehouse")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
