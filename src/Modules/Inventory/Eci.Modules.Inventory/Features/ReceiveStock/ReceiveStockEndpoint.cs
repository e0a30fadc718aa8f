using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReceiveStock;

internal static class ReceiveStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        StockChangeEndpoint.Map<ReceiveStock>(inventory, "/", c => c.IdempotencyKey, (c, key) => c with { IdempotencyKey = key })
            .WithName("ReceiveStock");
}
