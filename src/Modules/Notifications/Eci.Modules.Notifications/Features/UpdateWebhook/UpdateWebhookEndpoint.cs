using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.UpdateWebhook;

internal static class UpdateWebhookEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapPut("/{id:guid}", async (Guid id, WebhookRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateWebhook(id, body), ct)))
            .WithName("UpdateWebhook")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
