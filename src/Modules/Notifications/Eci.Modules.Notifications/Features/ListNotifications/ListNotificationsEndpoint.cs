using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void Map(RouteGroupBuilder notifications) =>
        notifications.MapGet("/", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct,
                [FromQuery(Name = "order_id")] string? orderId, [FromQuery] string? status,
                [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
                TypedResults.Ok(await sender.Send(new ListNotifications(PageRequest.From(page, pageSize), orderId, status, Caller.From(user)), ct)))
            .WithName("ListNotifications")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
