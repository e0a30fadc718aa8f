using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.RotateWebhookSecret;

internal static class RotateWebhookSecretEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapPost("/{id:guid}/rotate-secret", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RotateWebhookSecret(id, IdempotencyEndpoints.KeyFrom(http, null)), ct)))
            .WithName("RotateWebhookSecret")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
