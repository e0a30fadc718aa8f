using System.Security.Claims;
using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.Reserve;

/// <summary>The reserve body: the seed's single <c>product_id</c> + <c>quantity</c>, or a list of <c>lines</c>.</summary>
internal sealed record ReserveRequest(
    int? ProductId,
    int? Quantity,
    IReadOnlyList<StockLine>? Lines,
    string? Warehouse,
    string? OrderId,
    int? ReservationMinutes,
    string? IdempotencyKey)
{
    public ReserveStock ToCommand(string? idempotencyKey) => new(
        Lines ?? (ProductId is null && Quantity is null ? [] : [new StockLine(ProductId ?? 0, Quantity ?? 0)]),
        OrderId, Warehouse, ReservationMinutes, idempotencyKey);
}

internal static class ReserveEndpoints
{
    public static void Map(RouteGroupBuilder inventory)
    {
        inventory.MapPost("/reserve", async (ReserveRequest body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                // Keys of different callers never meet.
                var key = IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey) is { } k ? $"user:{Caller.From(user).CustomerId}:{k}" : null;
                var reservation = await sender.Send(body.ToCommand(key), ct);
                return TypedResults.Created($"/v1/inventory/reservations/{reservation.Id}", reservation);
            })
            .WithName("ReserveStock")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        inventory.MapPost("/allocation/preview", async (ReserveRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewAllocation(body.ToCommand(null)), ct)))
            .WithName("PreviewAllocation")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
