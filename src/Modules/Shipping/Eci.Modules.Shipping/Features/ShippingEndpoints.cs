using Eci.Modules.Shipping.Features.ChangeShipmentStatus;
using Eci.Modules.Shipping.Features.GetShipment;
using Eci.Modules.Shipping.Features.ListShipments;
using Eci.Modules.Shipping.Features.ShipOrder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Shipping.Features;

internal static class ShippingEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var shipments = v1.MapGroup("/shipments").WithTags("Shipments");
        ShipOrderEndpoint.Map(shipments);
        GetShipmentEndpoint.Map(shipments);
        ListShipmentsEndpoint.Map(shipments);
        ChangeShipmentStatusEndpoint.Map(shipments);
    }
}
