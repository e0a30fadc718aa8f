using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Stock;

internal static class WarehouseLookup
{
    /// <summary>The warehouse with this code; a code that names none is a 422 on <paramref name="field"/>.</summary>
    public static async Task<Warehouse> ByCodeAsync(this InventoryDbContext db, string code, string field, CancellationToken cancellationToken)
    {
        var normalized = Warehouse.Normalize(code);
        return await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Code == normalized, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(field, $"There is no warehouse '{normalized}'.")]);
    }
}
