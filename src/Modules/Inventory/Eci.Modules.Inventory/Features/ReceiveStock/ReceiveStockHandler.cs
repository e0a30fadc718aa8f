using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReceiveStock;

internal sealed class ReceiveStockHandler(InventoryDbContext db, StockLedger ledger, KnownProducts products, IdempotentExecutor idempotency, ISender sender)
    : ICommandHandler<ReceiveStock, StockResponse>
{
    public async ValueTask<StockResponse> Handle(ReceiveStock command, CancellationToken cancellationToken)
    {
        var productId = command.ProductId!.Value;
        await products.EnsureExistAsync([productId], "product_id", cancellationToken);
        var warehouse = await db.ByCodeAsync(command.Warehouse!, "warehouse", cancellationToken);
        await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "receive", nameof(ReceiveStock), command with { IdempotencyKey = null }), async ct =>
        {
            var stockItemId = await ledger.EnsureStockItemAsync(productId, warehouse.Id, ct);
            var quantity = command.Amount!.Value;
            if (!await ledger.TryApplyAsync(stockItemId, productId, warehouse.Id, MovementTypes.Received, new StockDelta(quantity, quantity, 0, 0), ct,
                command.Reason ?? "received"))
            {
                throw new StockLimitExceededException(productId, warehouse.Code, quantity);
            }

            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return await sender.Send(new GetStock.GetStock(productId), cancellationToken);
    }
}
