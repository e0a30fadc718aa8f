using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.AdjustStock;

internal static class AdjustStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        StockChangeEndpoint.Map<AdjustStock>(inventory, "/adjust", c => c.IdempotencyKey, (c, key) => c with { IdempotencyKey = key })
            .WithName("AdjustStock")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
