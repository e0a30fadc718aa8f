using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
                PageOf(await sender.Send(new ListProducts(PageRequest.From(page, pageSize), sort, order, category, isActive), ct)))
            .WithName("ListProducts")
            .Produces<Page<ProductResponse>>()
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
                PageOf(await sender.Send(
                    new ListProducts(PageRequest.From(page, pageSize), sort, order, category, isActive, name, minPrice, maxPrice, currency), ct)))
            .WithName("SearchProducts")
            .Produces<Page<ProductResponse>>()
            .AllowAnonymous()
            .CacheOutput(CatalogReadCache.Policy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    // Written with the generated context's own options rather than the API's: they hold no converters, so System.Text.Json
    // takes its generated fast path. The API's converters only refuse input (NUL characters, inexact decimals) and write
    // what the defaults write; a test holds the two outputs equal.
    private static JsonHttpResult<Page<ProductResponse>> PageOf(Page<ProductResponse> page) =>
        TypedResults.Json(page, CatalogJson.Default.PageProductResponse);
}
