using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features.Register;

internal static class RegisterEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPost("/register", async (Register command, ISender sender, CancellationToken ct) =>
            {
                var customer = await sender.Send(command, ct);
                return TypedResults.Created($"/v1/users/{customer.Id}", customer);
            })
            .WithName("RegisterUser")
            .AllowAnonymous()
            .RequireRateLimiting(Policies.AuthRateLimit)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
