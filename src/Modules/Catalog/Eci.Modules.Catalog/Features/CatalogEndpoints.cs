using Eci.Modules.Catalog.Features.CreateProduct;
using Eci.Modules.Catalog.Features.DeactivateProduct;
using Eci.Modules.Catalog.Features.GetProduct;
using Eci.Modules.Catalog.Features.ListProducts;
using Eci.Modules.Catalog.Features.UpdateProduct;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Catalog.Features;

internal static class CatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var products = v1.MapGroup("/products").WithTags("Products");
        ListProductsEndpoint.Map(products);
        GetProductEndpoint.Map(products);
        CreateProductEndpoint.Map(products);
        UpdateProductEndpoint.Map(products);
        DeactivateProductEndpoint.Map(products);
    }
}
