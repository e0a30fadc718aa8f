using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features.UpdateCustomer;

internal static class UpdateCustomerEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPut("/{id:int}", async (int id, UpdateCustomer command, ClaimsPrincipal user, HttpRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id, Caller = Caller.From(user), IfMatch = IfMatch.From(request) }, ct)))
            .WithName("UpdateUser")
            .WithIfMatch()
            .RequireAuthorization(Policies.SignedIn)
            .RequireRateLimiting(Policies.AuthRateLimit)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
