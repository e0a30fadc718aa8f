using Mediator;

namespace Eci.Modules.Inventory.Features.GetStock;

internal sealed record GetStock(int ProductId) : IQuery<StockResponse>;
