using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Idempotency;

namespace Eci.Modules.Inventory.Features;

/// <summary>
/// Ends a transfer in transit: received, its stock goes on hand in the destination; cancelled, back on hand in the
/// source. The status change, the stock change, its ledger entry and the event are one transaction.
/// </summary>
internal sealed class TransferClosing(InventoryDbContext db, StockLedger ledger, TransferStore transfers, IdempotentExecutor idempotency)
{
    public Task<TransferResponse> CloseAsync(Guid id, string status, string? idempotencyKey, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(db, new IdempotentRequest(idempotencyKey, "transfer", status, id), async ct =>
        {
            var now = ledger.Now;
            var transfer = await transfers.CloseAsync(id, status, now, ct);
            var received = status == TransferStatuses.Received;
            var warehouseId = received ? transfer.ToWarehouseId : transfer.FromWarehouseId;
            var quantity = transfer.Quantity;
            var stockItemId = await ledger.EnsureStockItemAsync(transfer.ProductId, warehouseId, ct);
            if (!await ledger.TryApplyAsync(stockItemId, transfer.ProductId, warehouseId, received ? MovementTypes.TransferIn : MovementTypes.TransferBack,
                    new StockDelta(quantity, quantity, 0, 0), ct, received ? "transfer received" : "transfer cancelled", id.ToString()))
            {
                throw new StockLimitExceededException(transfer.ProductId, null, quantity);
            }

            var response = (await transfers.ResponsesAsync(ct))(transfer);
            transfers.Announce(response, now);
            return response;
        }, cancellationToken);
}
