using System.Text.Json.Serialization;
using Eci.Shared.Preconditions;
using Mediator;

namespace Eci.Modules.Inventory.Features.UpdateWarehouse;

/// <summary>Changes a warehouse; omitted fields keep their value. Deactivating stops allocation from it.</summary>
internal sealed record UpdateWarehouse(string? Name, int? Priority, bool? IsActive) : ICommand<WarehouseResponse>
{
    [JsonIgnore]
    public string Code { get; init; } = string.Empty;

    [JsonIgnore]
    public IfMatch? IfMatch { get; init; }
}
