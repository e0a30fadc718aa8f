using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.UpdateProduct;

internal sealed class UpdateProductValidator(IOptions<CatalogOptions> options)
    : ProductInputValidator<UpdateProduct>(options.Value.DefaultCurrency);
