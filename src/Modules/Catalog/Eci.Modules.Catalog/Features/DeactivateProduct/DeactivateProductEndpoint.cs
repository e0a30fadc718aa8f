using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Catalog.Features.DeactivateProduct;

internal static class DeactivateProductEndpoint
{
    public static void Map(RouteGroupBuilder products) =>
        products.MapDelete("/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeactivateProduct(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeactivateProduct")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
