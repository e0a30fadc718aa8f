using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features.Login;

internal static class LoginEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPost("/login", async (Login command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithName("Login")
            .AllowAnonymous()
            .RequireRateLimiting(Policies.AuthRateLimit)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
