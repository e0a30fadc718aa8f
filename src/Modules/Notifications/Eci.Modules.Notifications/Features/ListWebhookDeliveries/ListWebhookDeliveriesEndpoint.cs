using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.ListWebhookDeliveries;

internal static class ListWebhookDeliveriesEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapGet("/{id:guid}/deliveries", async (
                Guid id, ISender sender, CancellationToken ct, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
                TypedResults.Ok(await sender.Send(new ListWebhookDeliveries(id, PageRequest.From(page, pageSize)), ct)))
            .WithName("ListWebhookDeliveries")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
