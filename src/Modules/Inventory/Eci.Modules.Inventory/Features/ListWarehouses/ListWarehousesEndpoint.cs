using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ListWarehouses;

internal static class ListWarehousesEndpoint
{
    public static void Map(RouteGroupBuilder warehouses) =>
        warehouses.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListWarehouses(), ct)))
            .WithName("ListWarehouses");
}
