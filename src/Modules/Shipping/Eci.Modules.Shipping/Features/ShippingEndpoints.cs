using System.Security.Claims;
using Eci.Modules.Shipping.Features.ChangeStatus;
using Eci.Modules.Shipping.Features.CreateShipment;
using Eci.Modules.Shipping.Features.ViewShipments;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Shipping.Features;

internal sealed record ShipmentStatusRequest(string? Status, string? Note);

internal static class ShipmentEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var shipments = v1.MapGroup("/shipments").WithTags("Shipments");

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

        shipments.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ShowShipment(id, Caller.From(user)), ct)))
            .WithName("GetShipment")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);

        shipments.MapGet("/", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct,
                [FromQuery(Name = "order_id")] string? orderId, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
                TypedResults.Ok(await sender.Send(new ListShipments(PageRequest.From(page, pageSize), orderId, Caller.From(user)), ct)))
            .WithName("ListShipments")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        shipments.MapPut("/{id:guid}/status", async (Guid id, ShipmentStatusRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeShipmentStatus(id, body.Status, body.Note), ct)))
            .WithName("ChangeShipmentStatus")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
