using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Notifications.Features.ListEvents;

internal static class ListEventsEndpoint
{
    public static void Map(RouteGroupBuilder events) =>
        events.MapGet("/", async (
                ISender sender, CancellationToken ct, [FromQuery] string? after, [FromQuery] string? type, [FromQuery] int? limit) =>
                TypedResults.Ok(await sender.Send(new ListEvents(after, type, limit), ct)))
            .WithName("ListEvents")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
