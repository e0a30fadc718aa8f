using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.RetryWebhookDelivery;

internal static class RetryWebhookDeliveryEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapPost("/{id:guid}/deliveries/{delivery_id:guid}/retry", async (Guid id, [FromRoute(Name = "delivery_id")] Guid deliveryId, HttpContext http, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RetryWebhookDelivery(id, deliveryId, IdempotencyEndpoints.KeyFrom(http, null)), ct)))
            .WithName("RetryWebhookDelivery")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
