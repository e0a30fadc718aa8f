using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.UpdateWarehouse;

internal sealed class UpdateWarehouseHandler(InventoryDbContext db, TimeProvider clock) : ICommandHandler<UpdateWarehouse, WarehouseResponse>
{
    public async ValueTask<WarehouseResponse> Handle(UpdateWarehouse command, CancellationToken cancellationToken)
    {
        var code = Warehouse.Normalize(command.Code);
        var warehouse = await db.Warehouses.FirstOrDefaultAsync(w => w.Code == code, cancellationToken)
            ?? throw new NotFoundException("Warehouse", code);
        command.IfMatch?.Ensure(warehouse.Version);
        warehouse.Change(command.Name ?? warehouse.Name, command.Priority ?? warehouse.Priority, command.IsActive ?? warehouse.IsActive, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return WarehouseResponse.From(warehouse);
    }
}
