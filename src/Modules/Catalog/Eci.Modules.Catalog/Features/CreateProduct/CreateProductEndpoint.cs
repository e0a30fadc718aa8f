using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Catalog.Features.CreateProduct;

internal static class CreateProductEndpoint
{
    public static void Map(RouteGroupBuilder products) =>
        products.MapPost("/", async (CreateProduct command, ISender sender, CancellationToken ct) =>
            {
                var product = await sender.Send(command, ct);
                return TypedResults.Created($"/v1/products/{product.Id}", product);
            })
            .WithName("CreateProduct")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
