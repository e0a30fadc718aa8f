using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Inventory.Features.ExpectStock;

internal sealed class ExpectStockHandler(InventoryDbContext db, KnownProducts products, IncomingStore incoming, IdempotentExecutor idempotency, TimeProvider clock)
    : ICommandHandler<ExpectStock, IncomingResponse>
{
    public async ValueTask<IncomingResponse> Handle(ExpectStock command, CancellationToken cancellationToken)
    {
        var productId = command.ProductId!.Value;
        await products.EnsureExistAsync([productId], "product_id", cancellationToken);
        var warehouse = await db.ByCodeAsync(command.Warehouse!, "warehouse", cancellationToken);
        var request = new IdempotentRequest(command.IdempotencyKey, "incoming", nameof(ExpectStock), command with { IdempotencyKey = null });
        return await idempotency.ExecuteAsync(db, request, ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var expected = IncomingStock.Expect(productId, warehouse.Id, command.Quantity!.Value, command.ExpectedAt!.Value, command.Reference?.Trim(), now);
            db.Incoming.Add(expected);
            var response = IncomingResponse.Of(expected, warehouse.Code);
            incoming.Announce(response, now);
            return Task.FromResult(response);
        }, cancellationToken, expected => $"/v1/inventory/incoming/{expected.Id}");
    }
}
