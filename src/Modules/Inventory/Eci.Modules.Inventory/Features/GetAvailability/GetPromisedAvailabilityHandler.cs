using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.GetAvailability;

internal sealed class GetPromisedAvailabilityHandler(InventoryDbContext db, StockFigures figures, TimeProvider clock)
    : IQueryHandler<GetPromisedAvailability, AvailabilityResponse>
{
    public async ValueTask<AvailabilityResponse> Handle(GetPromisedAvailability query, CancellationToken cancellationToken)
    {
        var availability = (await figures.ForProductsAsync([query.ProductId], cancellationToken))[0];
        return AvailabilityResponse.Of(availability,
            query.Quantity is { } quantity ? await PromiseAsync(query.ProductId, quantity, availability.Available, cancellationToken) : null);
    }

    // What is available now is what holds have left; incoming stock to active warehouses covers the rest in the order it
    // is expected, and an overdue delivery is promised no earlier than today.
    private async Task<PromiseResponse> PromiseAsync(int productId, int quantity, long available, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (quantity <= available)
        {
            return new PromiseResponse(quantity, today, PromiseResponse.FromStock);
        }

        var expected = await db.Incoming.AsNoTracking()
            .Where(i => i.ProductId == productId && i.Status == IncomingStatuses.Open)
            .Join(db.Warehouses.Where(w => w.IsActive), i => i.WarehouseId, w => w.Id, (i, _) => new { i.ExpectedAt, Outstanding = i.Quantity - i.ReceivedQuantity })
            .OrderBy(i => i.ExpectedAt)
            .ToListAsync(cancellationToken);
        var covered = available;
        foreach (var delivery in expected)
        {
            covered += delivery.Outstanding;
            if (covered >= quantity)
            {
                return new PromiseResponse(quantity, delivery.ExpectedAt < today ? today : delivery.ExpectedAt, PromiseResponse.FromIncoming);
            }
        }

        return new PromiseResponse(quantity, null, null);
    }
}
