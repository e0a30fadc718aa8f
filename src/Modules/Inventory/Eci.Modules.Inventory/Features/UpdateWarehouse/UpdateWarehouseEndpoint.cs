using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.UpdateWarehouse;

internal static class UpdateWarehouseEndpoint
{
    public static void Map(RouteGroupBuilder warehouses) =>
        warehouses.MapPut("/{code}", async (string code, UpdateWarehouse command, HttpRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Code = code, IfMatch = IfMatch.From(request) }, ct)))
            .WithName("UpdateWarehouse")
            .WithIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
