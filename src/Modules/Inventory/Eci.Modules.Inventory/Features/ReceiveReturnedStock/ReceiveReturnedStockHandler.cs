using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReceiveReturnedStock;

// Keyed by the return, so the step the order module repeats after a crash puts units back once.
internal sealed class ReceiveReturnedStockHandler(InventoryDbContext db, StockLedger ledger, LowStockMonitor lowStock, IdempotentExecutor idempotency)
    : ICommandHandler<Contracts.ReceiveReturnedStock, ReturnedStockReceipt>
{
    public async ValueTask<ReturnedStockReceipt> Handle(Contracts.ReceiveReturnedStock command, CancellationToken cancellationToken)
    {
        var warehouses = new Dictionary<string, Warehouse>();
        foreach (var code in command.Lines.Select(l => l.Warehouse).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            warehouses[code] = await db.ByCodeAsync(code, "warehouse", cancellationToken);
        }

        var request = new IdempotentRequest($"return:{command.ReturnId}", "orders", nameof(Contracts.ReceiveReturnedStock), command);
        return await idempotency.ExecuteAsync(db, request, async ct =>
        {
            var reference = command.OrderId.ToString();
            var reason = $"return {command.ReturnId}";
            foreach (var line in command.Lines.OrderBy(l => l.ProductId))
            {
                var warehouse = warehouses[line.Warehouse];
                var stockItemId = await ledger.EnsureStockItemAsync(line.ProductId, warehouse.Id, ct);
                var restock = line.Disposition == StockDispositions.Restock;
                var delta = new StockDelta(line.Quantity, restock ? line.Quantity : 0, 0, 0);
                if (!await ledger.TryApplyAsync(stockItemId, line.ProductId, warehouse.Id, restock ? MovementTypes.Restocked : MovementTypes.WrittenOff, delta, ct, reason, reference))
                {
                    throw new StockLimitExceededException(line.ProductId, warehouse.Code, line.Quantity);
                }

                if (restock)
                {
                    await lowStock.CheckChangeAsync(line.ProductId, warehouse.IsActive ? line.Quantity : 0, ct);
                }
            }

            return new ReturnedStockReceipt(
                command.ReturnId,
                command.Lines.Where(l => l.Disposition == StockDispositions.Restock).Sum(l => l.Quantity),
                command.Lines.Where(l => l.Disposition == StockDispositions.WriteOff).Sum(l => l.Quantity));
        }, cancellationToken);
    }
}
