using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.DeleteWebhook;

internal static class DeleteWebhookEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteWebhook(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWebhook")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
