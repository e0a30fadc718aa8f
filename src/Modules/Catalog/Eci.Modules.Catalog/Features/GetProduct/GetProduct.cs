using Mediator;

namespace Eci.Modules.Catalog.Features.GetProduct;

internal sealed record GetProduct(int Id) : IQuery<ProductResponse>;
