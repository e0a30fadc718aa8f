using Mediator;

namespace Eci.Modules.Catalog.Contracts;

/// <summary>
/// Fetches the current state of many products in one call. Unknown ids are left out of the answer; inactive products
/// are included with <see cref="ProductSnapshot.IsActive"/> false so the caller can say why it refuses them.
/// </summary>
public sealed record GetProductsByIds(IReadOnlyCollection<int> ProductIds) : IQuery<IReadOnlyList<ProductSnapshot>>
{
    public const int MaxIds = 1000;
}
