using Eci.Modules.Inventory.Features.AdjustStock;
using Eci.Modules.Inventory.Features.Audit;
using Eci.Modules.Inventory.Features.GetStock;
using Eci.Modules.Inventory.Features.ReceiveStock;
using Eci.Modules.Inventory.Features.Reservations;
using Eci.Modules.Inventory.Features.Reserve;
using Eci.Modules.Inventory.Features.Warehouses;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features;

internal static class InventoryEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var inventory = v1.MapGroup("/inventory").WithTags("Inventory");
        WarehouseEndpoints.Map(inventory);
        ReceiveStockEndpoint.Map(inventory);
        AdjustStockEndpoint.Map(inventory);
        GetStockEndpoints.Map(inventory);
        SetThresholdEndpoint.Map(inventory);
        ReserveEndpoints.Map(inventory);
        ReservationEndpoints.Map(inventory);
        AuditEndpoint.Map(inventory);
    }
}
