using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features.SetPassword;

internal static class SetPasswordEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPost("/password", async (SetPassword command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("SetPassword")
            .AllowAnonymous()
            .RequireRateLimiting(Policies.AuthRateLimit)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
