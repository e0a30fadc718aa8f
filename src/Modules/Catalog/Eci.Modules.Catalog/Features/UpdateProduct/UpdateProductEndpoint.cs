using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Catalog.Features.UpdateProduct;

internal static class UpdateProductEndpoint
{
    public static void Map(RouteGroupBuilder products) =>
        products.MapPut("/{id:int}", async (int id, UpdateProduct command, HttpRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { Id = id, IfMatch = IfMatch.From(request) }, ct)))
            .WithName("UpdateProduct")
            .WithIfMatch()
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
