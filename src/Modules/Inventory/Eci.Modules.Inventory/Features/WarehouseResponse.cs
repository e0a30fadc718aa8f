using Eci.Modules.Inventory.Domain;

namespace Eci.Modules.Inventory.Features;

internal sealed record WarehouseResponse(string Code, string Name, int Priority, bool IsActive, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WarehouseResponse From(Warehouse w) => new(w.Code, w.Name, w.Priority, w.IsActive, w.CreatedAt, w.UpdatedAt);
}
