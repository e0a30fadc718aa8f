using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.Warehouses;

internal static class WarehouseEndpoints
{
    public static void Map(RouteGroupBuilder inventory)
    {
        var warehouses = inventory.MapGroup("/warehouses").RequireAuthorization(Policies.Admin);
        warehouses.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListWarehouses(), ct)))
            .WithName("ListWarehouses");
        warehouses.MapPost("/", async (CreateWarehouse command, ISender sender, CancellationToken ct) =>
            {
                var warehouse = await sender.Send(command, ct);
                return TypedResults.Created($"/v1/inventory/warehouses/{warehouse.Code}", warehouse);
            })
            .WithName("CreateWarehouse")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        warehouses.MapGet("/{code}", async (string code, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetWarehouse(code), ct)))
            .WithName("GetWarehouse")
            .ProducesProblem(StatusCodes.Status404NotFound);
        warehouses.MapPut("/{code}", async (string code, UpdateWarehouse command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Code = code }, ct)))
            .WithName("UpdateWarehouse")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
