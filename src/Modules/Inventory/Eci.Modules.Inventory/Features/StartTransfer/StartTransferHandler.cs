using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Inventory.Features.StartTransfer;

internal sealed class StartTransferHandler(
    InventoryDbContext db, StockLedger ledger, KnownProducts products, LowStockMonitor lowStock, ReservationStore reservations, TransferStore transfers,
    IdempotentExecutor idempotency)
    : ICommandHandler<StartTransfer, TransferResponse>
{
    public async ValueTask<TransferResponse> Handle(StartTransfer command, CancellationToken cancellationToken)
    {
        var productId = command.ProductId!.Value;
        var quantity = command.Quantity!.Value;
        await products.EnsureExistAsync([productId], "product_id", cancellationToken);
        var from = await db.ByCodeAsync(command.From!, "from", cancellationToken);
        var to = await db.ByCodeAsync(command.To!, "to", cancellationToken);
        var request = new IdempotentRequest(command.IdempotencyKey, "transfer", nameof(StartTransfer), command with { IdempotencyKey = null });
        return await idempotency.ExecuteAsync(db, request, async ct =>
        {
            // A lapsed hold reads as free; give its stock back before judging what the transfer may take.
            await reservations.ExpireDueAsync([productId], ct);
            var now = ledger.Now;
            var transfer = StockTransfer.Start(productId, from.Id, to.Id, quantity, command.Reference?.Trim(), now);
            var stockItemId = await ledger.EnsureStockItemAsync(productId, from.Id, ct);
            if (!await ledger.TryApplyAsync(stockItemId, productId, from.Id, MovementTypes.TransferOut, new StockDelta(quantity, -quantity, 0, 0), ct,
                    $"transfer to {to.Code}", transfer.Id.ToString()))
            {
                throw new ConflictException(InventoryErrorCodes.InsufficientStock,
                    $"{from.Code} has fewer than {quantity} units of product {productId} available to transfer.");
            }

            db.Transfers.Add(transfer);
            await lowStock.CheckChangeAsync(productId, from.IsActive ? -quantity : 0, ct);
            var response = TransferResponse.Of(transfer, from.Code, to.Code);
            transfers.Announce(response, now);
            return response;
        }, cancellationToken, started => $"/v1/inventory/transfers/{started.Id}");
    }
}
