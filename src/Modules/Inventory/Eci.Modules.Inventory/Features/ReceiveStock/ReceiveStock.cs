using Mediator;

namespace Eci.Modules.Inventory.Features.ReceiveStock;

/// <summary>Stock arrives in a warehouse. <c>onhand</c> is the seed API's name for <c>quantity</c>.</summary>
internal sealed record ReceiveStock(int? ProductId, string? Warehouse, int? Quantity, int? Onhand, string? Reason, string? IdempotencyKey = null) : ICommand<StockResponse>
{
    public int? Amount => Quantity ?? Onhand;
}
