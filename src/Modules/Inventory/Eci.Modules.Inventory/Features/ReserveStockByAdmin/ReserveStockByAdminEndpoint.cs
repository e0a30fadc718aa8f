using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.ReserveStockByAdmin;

internal static class ReserveStockByAdminEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPost("/reserve", async (ReserveRequest body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var command = body.ToCommand(StockChangeEndpoint.CallerKey(http, user, body.IdempotencyKey));
                var reservation = await sender.Send(new ReserveStockByAdmin(command), ct);
                return TypedResults.Created($"/v1/inventory/reservations/{reservation.Id}", reservation);
            })
            .WithName("ReserveStock")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
