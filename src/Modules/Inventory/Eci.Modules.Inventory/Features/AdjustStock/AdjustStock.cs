using Mediator;

namespace Eci.Modules.Inventory.Features.AdjustStock;

/// <summary>A counted correction (damage, loss, found stock): a signed delta with a reason. It cannot take on-hand below what is held.</summary>
internal sealed record AdjustStock(int? ProductId, string? Warehouse, int? Delta, string? Reason, string? IdempotencyKey = null) : ICommand<StockResponse>;
