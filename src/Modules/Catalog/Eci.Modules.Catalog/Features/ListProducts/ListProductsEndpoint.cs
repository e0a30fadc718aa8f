using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Catalog.Features.ListProducts;

internal static class ListProductsEndpoint
{
    public static void Map(RouteGroupBuilder products)
    {
        products.MapGet("/", async (
                ISender sender,
                CancellationToken ct,
                [FromQuery] int? page,
                [FromQuery(Name = "page_size")] int? pageSize,
                [FromQuery] string? sort,
                [FromQuery] string? order,
                [FromQuery] string? category,
                [FromQuery(Name = "is_active")] bool? isActive) =>
                TypedResults.Ok(await sender.Send(
                    new ListProducts(PageRequest.From(page, pageSize), sort, order, category, isActive), ct)))
            .WithName("ListProducts")
            .AllowAnonymous()
            .CacheOutput(CatalogReadCache.Policy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // The search form of the same query: name and price range on top of the list's filters.
        products.MapGet("/search", async (
                ISender sender,
                CancellationToken ct,
                [FromQuery] string? name,
                [FromQuery] string? category,
                [FromQuery(Name = "min_price")] decimal? minPrice,
                [FromQuery(Name = "max_price")] decimal? maxPrice,
                [FromQuery] string? currency,
                [FromQuery(Name = "is_active")] bool? isActive,
                [FromQuery] int? page,
                [FromQuery(Name = "page_size")] int? pageSize,
                [FromQuery] string? sort,
                [FromQuery] string? order) =>
                TypedResults.Ok(await sender.Send(
                    new ListProducts(PageRequest.From(page, pageSize), sort, order, category, isActive, name, minPrice, maxPrice, currency), ct)))
            .WithName("SearchProducts")
            .AllowAnonymous()
            .CacheOutput(CatalogReadCache.Policy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
