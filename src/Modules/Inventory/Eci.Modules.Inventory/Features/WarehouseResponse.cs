using System.Text.Json.Serialization;
using Eci.Modules.Inventory.Domain;
using Eci.Shared.Preconditions;

namespace Eci.Modules.Inventory.Features;

internal sealed record WarehouseResponse(string Code, string Name, int Priority, bool IsActive, DateTime CreatedAt, DateTime UpdatedAt)
    : IVersionedResource
{
    [JsonIgnore]
    public int Version { get; init; }

    public static WarehouseResponse From(Warehouse w) => new(w.Code, w.Name, w.Priority, w.IsActive, w.CreatedAt, w.UpdatedAt)
    {
        Version = w.Version,
    };
}
