using System.Security.Claims;
using Eci.Modules.Orders.Features.ChangeStatus;
using Eci.Modules.Orders.Features.ViewOrders;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PlaceOrderCommand = Eci.Modules.Orders.Features.PlaceOrder.PlaceOrder;

namespace Eci.Modules.Orders.Features;

internal sealed record StatusRequest(string? Status, string? Reason);

internal static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var orders = v1.MapGroup("/orders").WithTags("Orders");

        orders.MapPost("/", async (PlaceOrderCommand body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var order = await sender.Send(body with { IdempotencyKey = IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey), Caller = Caller.From(user) }, ct);
                return TypedResults.Created($"/v1/orders/{order.Id}", order);
            })
            .WithName("PlaceOrder")
            .RequireAuthorization(Policies.SignedIn)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        orders.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetOrder(id, Caller.From(user)), ct)))
            .WithName("GetOrder")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapGet("/", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct,
                [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize, [FromQuery] string? status, [FromQuery(Name = "customer_id")] int? customerId) =>
                TypedResults.Ok(await sender.Send(new ListOrders(PageRequest.From(page, pageSize), status, customerId, Caller.From(user)), ct)))
            .WithName("ListOrders")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        orders.MapPut("/{id:guid}/status", async (Guid id, StatusRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeOrderStatus(id, body.Status, body.Reason), ct)))
            .WithName("ChangeOrderStatus")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        orders.MapPost("/{id:guid}/cancel", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelOrder(id, Caller.From(user)), ct)))
            .WithName("CancelOrder")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
