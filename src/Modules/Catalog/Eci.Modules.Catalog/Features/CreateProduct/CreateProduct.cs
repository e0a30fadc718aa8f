using Mediator;

namespace Eci.Modules.Catalog.Features.CreateProduct;

internal sealed record CreateProduct(
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    bool? IsActive) : ICommand<ProductResponse>, IProductInput;
