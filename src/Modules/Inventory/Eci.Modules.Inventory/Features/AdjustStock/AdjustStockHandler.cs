using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Inventory.Features.AdjustStock;

internal sealed class AdjustStockHandler(
    InventoryDbContext db, StockLedger ledger, KnownProducts products, LowStockMonitor lowStock, ReservationStore reservations, IdempotentExecutor idempotency, ISender sender)
    : ICommandHandler<AdjustStock, StockResponse>
{
    public async ValueTask<StockResponse> Handle(AdjustStock command, CancellationToken cancellationToken)
    {
        var productId = command.ProductId!.Value;
        var delta = command.Delta!.Value;
        await products.EnsureExistAsync([productId], "product_id", cancellationToken);
        var warehouse = await db.ByCodeAsync(command.Warehouse!, "warehouse", cancellationToken);
        await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "adjust", nameof(AdjustStock), command with { IdempotencyKey = null }), async ct =>
        {
            // A lapsed hold reads as free; give its stock back before judging what the adjustment may take.
            await reservations.ExpireDueAsync([productId], ct);
            var stockItemId = await ledger.EnsureStockItemAsync(productId, warehouse.Id, ct);
            if (!await ledger.TryApplyAsync(stockItemId, productId, warehouse.Id, MovementTypes.Adjusted, new StockDelta(Math.Abs(delta), delta, 0, 0), ct, command.Reason))
            {
                throw delta > 0
                    ? new StockLimitExceededException(productId, warehouse.Code, delta)
                    : new ConflictException(InventoryErrorCodes.InsufficientStock, "The adjustment would take on-hand stock below what is reserved and committed.");
            }

            await lowStock.CheckChangeAsync(productId, warehouse.IsActive ? delta : 0, ct);
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return await sender.Send(new GetStock.GetStock(productId), cancellationToken);
    }
}
