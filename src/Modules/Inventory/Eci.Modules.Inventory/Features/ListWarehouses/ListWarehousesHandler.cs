using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.ListWarehouses;

internal sealed class ListWarehousesHandler(InventoryDbContext db) : IQueryHandler<ListWarehouses, IReadOnlyList<WarehouseResponse>>
{
    public async ValueTask<IReadOnlyList<WarehouseResponse>> Handle(ListWarehouses query, CancellationToken cancellationToken) =>
        (await db.Warehouses.AsNoTracking().OrderBy(w => w.Priority).ThenBy(w => w.Code).ToListAsync(cancellationToken))
        .Select(WarehouseResponse.From).ToList();
}
