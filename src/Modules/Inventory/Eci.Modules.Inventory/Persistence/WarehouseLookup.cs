using Eci.Modules.Inventory.Domain;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

internal static class WarehouseLookup
{
    // A code that names no warehouse is a 422 on field.
    public static async Task<Warehouse> ByCodeAsync(this InventoryDbContext db, string code, string field, CancellationToken cancellationToken)
    {
        var normalized = Warehouse.Normalize(code);
        return await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Code == normalized, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(field, $"There is no warehouse '{normalized}'.")]);
    }

    // Warehouses are few; their codes are read whole rather than joined into every query that names them.
    public static Task<Dictionary<int, string>> WarehouseCodesAsync(this InventoryDbContext db, CancellationToken cancellationToken) =>
        db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
}
