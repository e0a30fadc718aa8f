using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.CreateProduct;

internal sealed class CreateProductValidator(IOptions<CatalogOptions> options)
    : ProductInputValidator<CreateProduct>(options.Value.DefaultCurrency);
