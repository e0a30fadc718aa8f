using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features.IssuePasswordToken;

internal static class IssuePasswordTokenEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPost("/{id:int}/password-token", async (int id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new IssuePasswordToken(id), ct)))
            .WithName("IssuePasswordToken")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
