using Eci.Modules.Inventory.Contracts;

namespace Eci.Modules.Inventory.Features.ReserveStockByAdmin;

/// <summary>The reserve body: the seed's single <c>product_id</c> + <c>quantity</c>, or a list of <c>lines</c>.</summary>
internal sealed record ReserveRequest(
    int? ProductId,
    int? Quantity,
    IReadOnlyList<StockLine>? Lines,
    string? Warehouse,
    string? OrderId,
    int? ReservationMinutes,
    string? IdempotencyKey)
{
    public HoldStock.HoldStock ToCommand(string? idempotencyKey) => new(
        Lines ?? (ProductId is null && Quantity is null ? [] : [new StockLine(ProductId ?? 0, Quantity ?? 0)]),
        OrderId, Warehouse, ReservationMinutes, idempotencyKey);
}
