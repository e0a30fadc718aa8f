using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Shipping.Features.ShipOrder;

internal static class ShipOrderEndpoint
{
    public static void Map(RouteGroupBuilder shipments) =>
        shipments.MapPost("/", async (ShipOrder body, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(body, ct);
                return result.Created
                    ? Results.Created($"/v1/shipments/{result.Shipment.Id}", result.Shipment)
                    : Results.Ok(result.Shipment);
            })
            .WithName("CreateShipment")
            .RequireAuthorization(Policies.Admin)
            .Produces<ShipmentResponse>(StatusCodes.Status201Created)
            .Produces<ShipmentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
