using Mediator;

namespace Eci.Modules.Inventory.Features.CreateWarehouse;

internal sealed record CreateWarehouse(string? Code, string? Name, int? Priority) : ICommand<WarehouseResponse>;
