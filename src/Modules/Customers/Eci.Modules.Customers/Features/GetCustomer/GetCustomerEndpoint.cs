using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features.GetCustomer;

internal static class GetCustomerEndpoint
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapGet("/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var caller = Caller.From(user);
                return TypedResults.Ok(await sender.Send(new GetCustomer(caller.CustomerId ?? 0, caller), ct));
            })
            .WithName("GetCurrentUser")
            .WithETag()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        users.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCustomer(id, Caller.From(user)), ct)))
            .WithName("GetUser")
            .WithETag()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
