using Eci.Modules.Orders.Features.GetReturn;
using Eci.Modules.Orders.Features.ListOrderReturns;
using Eci.Modules.Orders.Features.ListReturns;
using Eci.Modules.Orders.Features.ReceiveReturn;
using Eci.Modules.Orders.Features.RejectReturn;
using Eci.Modules.Orders.Features.RequestReturn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features;

internal static class ReturnsEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var orders = v1.MapGroup("/orders").WithTags("Returns");
        RequestReturnEndpoint.Map(orders);
        ListOrderReturnsEndpoint.Map(orders);
        var returns = v1.MapGroup("/returns").WithTags("Returns");
        ReceiveReturnEndpoint.Map(returns);
        RejectReturnEndpoint.Map(returns);
        GetReturnEndpoint.Map(returns);
        ListReturnsEndpoint.Map(returns);
    }
}
