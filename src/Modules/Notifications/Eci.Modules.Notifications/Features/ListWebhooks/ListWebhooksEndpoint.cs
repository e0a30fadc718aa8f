using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.ListWebhooks;

internal static class ListWebhooksEndpoint
{
    public static void Map(RouteGroupBuilder webhooks) =>
        webhooks.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListWebhooks(), ct)))
            .WithName("ListWebhooks")
            .RequireAuthorization(Policies.Admin);
}
