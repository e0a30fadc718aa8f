using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.FindUnknownWarehouses;

internal sealed class FindUnknownWarehousesHandler(InventoryDbContext db) : IQueryHandler<Contracts.FindUnknownWarehouses, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(Contracts.FindUnknownWarehouses query, CancellationToken cancellationToken)
    {
        var known = (await db.Warehouses.AsNoTracking().Select(w => w.Code).ToListAsync(cancellationToken)).ToHashSet();
        return query.Codes.Where(c => !known.Contains(Warehouse.Normalize(c))).Distinct().ToList();
    }
}
