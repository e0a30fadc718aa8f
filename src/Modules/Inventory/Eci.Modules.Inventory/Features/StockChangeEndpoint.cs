using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Eci.Modules.Inventory.Features;

/// <summary>What an admin's POST of a stock change (receive, adjust) shares: admins only, idempotent per admin.</summary>
internal static class StockChangeEndpoint
{
    public static RouteHandlerBuilder AsStockChange(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    // Keys of different callers never meet.
    public static string? CallerKey(HttpContext http, ClaimsPrincipal user, string? bodyKey) =>
        IdempotencyEndpoints.KeyFrom(http, bodyKey) is { } k ? $"user:{Caller.From(user).CustomerId}:{k}" : null;
}
