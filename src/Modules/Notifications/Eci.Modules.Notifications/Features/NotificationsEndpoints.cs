using System.Security.Claims;
using Eci.Modules.Notifications.Features.ViewNotifications;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features;

internal static class NotificationEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var notifications = v1.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapPost("/", async (SendNotification.SendNotification body, ISender sender, CancellationToken ct) =>
            {
                var sent = await sender.Send(body, ct);
                return TypedResults.Created($"/v1/notifications/{sent.Id}", sent);
            })
            .WithName("SendNotification")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        notifications.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ShowNotification(id, Caller.From(user)), ct)))
            .WithName("GetNotification")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);

        notifications.MapGet("/", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct,
                [FromQuery(Name = "order_id")] string? orderId, [FromQuery] string? status,
                [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
                TypedResults.Ok(await sender.Send(new ListNotifications(PageRequest.From(page, pageSize), orderId, status, Caller.From(user)), ct)))
            .WithName("ListNotifications")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
