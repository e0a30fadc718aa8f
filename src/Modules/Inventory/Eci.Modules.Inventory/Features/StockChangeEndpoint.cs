using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features;

/// <summary>An admin's POST of a stock change (receive, adjust), idempotent per admin.</summary>
internal static class StockChangeEndpoint
{
    public static RouteHandlerBuilder Map<TCommand>(
        RouteGroupBuilder inventory, string pattern, Func<TCommand, string?> keyOf, Func<TCommand, string?, TCommand> withKey)
        where TCommand : ICommand<StockResponse> =>
        inventory.MapPost(pattern, async (TCommand command, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(withKey(command, CallerKey(http, user, keyOf(command))), ct)))
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    // Keys of different callers never meet.
    public static string? CallerKey(HttpContext http, ClaimsPrincipal user, string? bodyKey) =>
        IdempotencyEndpoints.KeyFrom(http, bodyKey) is { } k ? $"user:{Caller.From(user).CustomerId}:{k}" : null;
}
