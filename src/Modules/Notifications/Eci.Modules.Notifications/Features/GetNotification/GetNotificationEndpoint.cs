using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.GetNotification;

internal static class GetNotificationEndpoint
{
    public static void Map(RouteGroupBuilder notifications) =>
        notifications.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNotification(id, Caller.From(user)), ct)))
            .WithName("GetNotification")
            .WithETag()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
