using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Catalog.Features.GetProduct;

internal static class GetProductEndpoint
{
    public static void Map(RouteGroupBuilder products) =>
        products.MapGet("/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetProduct(id), ct)))
            .WithName("GetProduct")
            .WithETag()
            .AllowAnonymous()
            .CacheOutput(CatalogReadCache.Policy)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
