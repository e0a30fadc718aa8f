using Mediator;

namespace Eci.Modules.Inventory.Features.ListWarehouses;

internal sealed record ListWarehouses : IQuery<IReadOnlyList<WarehouseResponse>>;
