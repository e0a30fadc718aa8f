using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.GetWarehouse;

internal sealed class GetWarehouseHandler(InventoryDbContext db) : IQueryHandler<GetWarehouse, WarehouseResponse>
{
    public async ValueTask<WarehouseResponse> Handle(GetWarehouse query, CancellationToken cancellationToken)
    {
        var code = Warehouse.Normalize(query.Code);
        var warehouse = await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Code == code, cancellationToken)
            ?? throw new NotFoundException("Warehouse", code);
        return WarehouseResponse.From(warehouse);
    }
}
