using Eci.Modules.Catalog.Contracts;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Eci.Modules.Inventory.Features;

// Asks the Catalog, through its contract, whether the products an admin names exist. The order path does not come here:
// Orders has resolved its products from the Catalog before it reserves.
internal sealed class KnownProducts(ISender sender)
{
    // Known and active. Stock of an inactive product stays, but an admin cannot reserve it.
    public async Task EnsureOnSaleAsync(IReadOnlyCollection<int> productIds, string field, CancellationToken cancellationToken)
    {
        var products = (await sender.Send(new GetProductsByIds(productIds), cancellationToken)).ToDictionary(p => p.Id);
        var refused = productIds.Where(id => !products.TryGetValue(id, out var p) || !p.IsActive).Distinct().ToList();
        if (refused.Count > 0)
        {
            throw new ValidationException([new ValidationFailure(field, $"Unknown or inactive product(s): {string.Join(", ", refused)}.")]);
        }
    }

    public async Task<HashSet<int>> KnownAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken) =>
        (await sender.Send(new GetProductsByIds(productIds), cancellationToken)).Select(p => p.Id).ToHashSet();

    public async Task EnsureExistAsync(IReadOnlyCollection<int> productIds, string field, CancellationToken cancellationToken)
    {
        var known = await KnownAsync(productIds, cancellationToken);
        var unknown = productIds.Where(id => !known.Contains(id)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure(field, $"Unknown product(s): {string.Join(", ", unknown)}.")]);
        }
    }
}
