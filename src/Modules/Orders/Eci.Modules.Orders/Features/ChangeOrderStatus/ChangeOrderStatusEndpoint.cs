using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Orders.Features.ChangeOrderStatus;

internal static class ChangeOrderStatusEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPut("/{id:guid}/status", async (Guid id, StatusRequest body, HttpRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeOrderStatus(id, body.Status, body.Reason) { IfMatch = IfMatch.From(request) }, ct)))
            .WithName("ChangeOrderStatus")
            .WithIfMatch()
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
