using Mediator;

namespace Eci.Modules.Inventory.Features.GetWarehouse;

internal sealed record GetWarehouse(string Code) : IQuery<WarehouseResponse>;
