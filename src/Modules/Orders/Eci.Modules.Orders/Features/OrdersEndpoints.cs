using Eci.Modules.Orders.Features.CancelOrder;
using Eci.Modules.Orders.Features.ChangeOrderStatus;
using Eci.Modules.Orders.Features.GetOrder;
using Eci.Modules.Orders.Features.GetOrderTimeline;
using Eci.Modules.Orders.Features.ListOrders;
using Eci.Modules.Orders.Features.PlaceOrder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features;

internal static class OrdersEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var orders = v1.MapGroup("/orders").WithTags("Orders");
        PlaceOrderEndpoint.Map(orders);
        GetOrderEndpoint.Map(orders);
        GetOrderTimelineEndpoint.Map(orders);
        ListOrdersEndpoint.Map(orders);
        ChangeOrderStatusEndpoint.Map(orders);
        CancelOrderEndpoint.Map(orders);
        ReturnsEndpoints.Map(v1);
    }
}
