using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.CreateWarehouse;

internal sealed class CreateWarehouseHandler(InventoryDbContext db, TimeProvider clock) : ICommandHandler<CreateWarehouse, WarehouseResponse>
{
    public async ValueTask<WarehouseResponse> Handle(CreateWarehouse command, CancellationToken cancellationToken)
    {
        var code = Warehouse.Normalize(command.Code!);
        if (await db.Warehouses.AnyAsync(w => w.Code == code, cancellationToken))
        {
            throw new ConflictException("duplicate_warehouse", $"Warehouse '{code}' already exists.");
        }

        var warehouse = Warehouse.Create(code, command.Name!, command.Priority ?? 100, clock.GetUtcNow().UtcDateTime);
        db.Warehouses.Add(warehouse);
        await db.SaveChangesAsync(cancellationToken);
        return WarehouseResponse.From(warehouse);
    }
}
