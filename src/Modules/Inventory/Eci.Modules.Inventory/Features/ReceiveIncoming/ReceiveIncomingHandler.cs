using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReceiveIncoming;

internal sealed class ReceiveIncomingHandler(InventoryDbContext db, StockLedger ledger, IncomingStore incoming, IdempotentExecutor idempotency)
    : ICommandHandler<ReceiveIncoming, IncomingResponse>
{
    public async ValueTask<IncomingResponse> Handle(ReceiveIncoming command, CancellationToken cancellationToken)
    {
        var request = new IdempotentRequest(command.IdempotencyKey, "incoming", nameof(ReceiveIncoming), command with { IdempotencyKey = null });
        return await idempotency.ExecuteAsync(db, request, async ct =>
        {
            var now = ledger.Now;
            var (after, arrived) = await incoming.ReceiveAsync(command.IncomingId, command.Quantity, now, ct);
            var stockItemId = await ledger.EnsureStockItemAsync(after.ProductId, after.WarehouseId, ct);
            if (!await ledger.TryApplyAsync(stockItemId, after.ProductId, after.WarehouseId, MovementTypes.Received, new StockDelta(arrived, arrived, 0, 0), ct,
                    after.Reference is null ? "incoming stock" : $"incoming {after.Reference}", after.Id.ToString()))
            {
                throw new StockLimitExceededException(after.ProductId, null, arrived);
            }

            var response = (await incoming.ResponsesAsync(ct))(after);
            incoming.Announce(response, now);
            return response;
        }, cancellationToken);
    }
}
