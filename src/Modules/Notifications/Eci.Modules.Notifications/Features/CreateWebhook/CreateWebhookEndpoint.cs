using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.CreateWebhook;

internal static class CreateWebhookEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapPost("/", async (WebhookRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateWebhook(body, IdempotencyEndpoints.KeyFrom(http, null)), ct);
                return TypedResults.Created($"/v1/webhooks/{created.Id}", created);
            })
            .WithName("CreateWebhook")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
