using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.GetAvailability;

internal sealed class GetAvailabilityHandler(StockFigures figures) : IQueryHandler<Contracts.GetAvailability, IReadOnlyList<ProductAvailability>>
{
    public async ValueTask<IReadOnlyList<ProductAvailability>> Handle(Contracts.GetAvailability query, CancellationToken cancellationToken) =>
        await figures.ForProductsAsync(query.ProductIds, cancellationToken);
}
