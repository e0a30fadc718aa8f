using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.GetWebhook;

internal static class GetWebhookEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetWebhook(id), ct)))
            .WithName("GetWebhook")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
