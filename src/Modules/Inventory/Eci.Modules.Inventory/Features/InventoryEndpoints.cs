using Eci.Modules.Inventory.Features.AdjustStock;
using Eci.Modules.Inventory.Features.AuditStock;
using Eci.Modules.Inventory.Features.CancelTransfer;
using Eci.Modules.Inventory.Features.CommitReservationByAdmin;
using Eci.Modules.Inventory.Features.CreateWarehouse;
using Eci.Modules.Inventory.Features.ExpectStock;
using Eci.Modules.Inventory.Features.ExtendReservationByAdmin;
using Eci.Modules.Inventory.Features.GetAvailability;
using Eci.Modules.Inventory.Features.GetIncoming;
using Eci.Modules.Inventory.Features.GetReservationByAdmin;
using Eci.Modules.Inventory.Features.GetStock;
using Eci.Modules.Inventory.Features.GetTransfer;
using Eci.Modules.Inventory.Features.GetWarehouse;
using Eci.Modules.Inventory.Features.ListIncoming;
using Eci.Modules.Inventory.Features.ListTransfers;
using Eci.Modules.Inventory.Features.ListWarehouses;
using Eci.Modules.Inventory.Features.PreviewAllocation;
using Eci.Modules.Inventory.Features.ReceiveIncoming;
using Eci.Modules.Inventory.Features.ReceiveStock;
using Eci.Modules.Inventory.Features.ReceiveTransfer;
using Eci.Modules.Inventory.Features.ReleaseReservationByAdmin;
using Eci.Modules.Inventory.Features.ReserveStockByAdmin;
using Eci.Modules.Inventory.Features.SetThreshold;
using Eci.Modules.Inventory.Features.ShipReservationByAdmin;
using Eci.Modules.Inventory.Features.StartTransfer;
using Eci.Modules.Inventory.Features.UpdateWarehouse;
using Eci.Shared.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features;

internal static class InventoryEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var inventory = v1.MapGroup("/inventory").WithTags("Inventory");

        var warehouses = inventory.MapGroup("/warehouses").RequireAuthorization(Policies.Admin);
        ListWarehousesEndpoint.Map(warehouses);
        CreateWarehouseEndpoint.Map(warehouses);
        GetWarehouseEndpoint.Map(warehouses);
        UpdateWarehouseEndpoint.Map(warehouses);

        var transfers = inventory.MapGroup("/transfers").RequireAuthorization(Policies.Admin);
        ListTransfersEndpoint.Map(transfers);
        StartTransferEndpoint.Map(transfers);
        GetTransferEndpoint.Map(transfers);
        ReceiveTransferEndpoint.Map(transfers);
        CancelTransferEndpoint.Map(transfers);

        var incoming = inventory.MapGroup("/incoming").RequireAuthorization(Policies.Admin);
        ListIncomingEndpoint.Map(incoming);
        ExpectStockEndpoint.Map(incoming);
        GetIncomingEndpoint.Map(incoming);
        ReceiveIncomingEndpoint.Map(incoming);

        ReceiveStockEndpoint.Map(inventory);
        AdjustStockEndpoint.Map(inventory);
        GetStockEndpoint.Map(inventory);
        GetAvailabilityEndpoint.Map(inventory);
        SetThresholdEndpoint.Map(inventory);
        ReserveStockByAdminEndpoint.Map(inventory);
        PreviewAllocationEndpoint.Map(inventory);

        var reservations = inventory.MapGroup("/").RequireAuthorization(Policies.Admin);
        CommitReservationByAdminEndpoint.Map(reservations);
        ReleaseReservationByAdminEndpoint.Map(reservations);
        ShipReservationByAdminEndpoint.Map(reservations);
        ExtendReservationByAdminEndpoint.Map(reservations);
        GetReservationByAdminEndpoint.Map(reservations);

        AuditStockEndpoint.Map(inventory);
    }
}
