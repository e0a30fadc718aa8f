using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.SendNotification;

internal static class SendNotificationEndpoint
{
    public static void Map(RouteGroupBuilder notifications) =>
        notifications.MapPost("/", async (SendNotification body, ISender sender, CancellationToken ct) =>
            {
                var sent = await sender.Send(body, ct);
                return TypedResults.Created($"/v1/notifications/{sent.Id}", sent);
            })
            .WithName("SendNotification")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
