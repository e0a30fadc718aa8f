using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.GetActiveHolds;

internal sealed class GetActiveHoldsHandler(InventoryDbContext db) : IQueryHandler<Contracts.GetActiveHolds, IReadOnlyList<ActiveHold>>
{
    public async ValueTask<IReadOnlyList<ActiveHold>> Handle(Contracts.GetActiveHolds query, CancellationToken cancellationToken)
    {
        var max = Math.Clamp(query.Max, 1, 500);
        var reservations = await db.Reservations.AsNoTracking()
            .Where(r => r.Status == ReservationStatuses.Active && r.Lines.Any(l => l.ProductId == query.ProductId))
            .OrderBy(r => r.ExpiresAt).ThenBy(r => r.Id)
            .Take(max)
            .Include(r => r.Lines)
            .ToListAsync(cancellationToken);
        var holds = reservations
            .SelectMany(r => r.Lines.Where(l => l.ProductId == query.ProductId)
                .Select(l => new { r.Id, r.OrderId, l.WarehouseId, l.Quantity, r.ExpiresAt, r.CreatedAt }))
            .ToList();
        var warehouseIds = holds.Select(h => h.WarehouseId).Distinct().ToList();
        var codes = await db.Warehouses.AsNoTracking().Where(w => warehouseIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        return holds
            .GroupBy(h => new { h.Id, h.WarehouseId })
            .Select(g => new ActiveHold(g.Key.Id, Guid.TryParse(g.First().OrderId, out var order) ? order : null, codes.GetValueOrDefault(g.Key.WarehouseId, string.Empty), g.Sum(h => h.Quantity), g.First().ExpiresAt, g.First().CreatedAt))
            .OrderBy(h => h.ExpiresAt ?? DateTime.MaxValue).ThenBy(h => h.ReservationId)
            .Take(max)
            .ToList();
    }
}
