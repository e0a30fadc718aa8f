using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Features.GetStock;
using Eci.Modules.Inventory.Persistence;
using Eci.Modules.Inventory.Stock;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using FluentValidation;
using Mediator;

namespace Eci.Modules.Inventory.Features.AdjustStock;

/// <summary>A counted correction (damage, loss, found stock): a signed delta with a reason. It cannot take on-hand below what is held.</summary>
internal sealed record AdjustStock(int? ProductId, string? Warehouse, int? Delta, string? Reason, string? IdempotencyKey = null) : ICommand<StockResponse>;

internal sealed class AdjustStockHandler(
    InventoryDbContext db, StockLedger ledger, KnownProducts products, LowStockMonitor lowStock, Stock.Reservations reservations, IdempotentExecutor idempotency, ISender sender)
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
            var before = await lowStock.AvailableAsync([productId], ct);
            var stockItemId = await ledger.EnsureStockItemAsync(productId, warehouse.Id, ct);
            if (!await ledger.TryApplyAsync(stockItemId, productId, warehouse.Id, MovementTypes.Adjusted, new StockDelta(Math.Abs(delta), delta, 0, 0), ct, command.Reason))
            {
                throw delta > 0
                    ? new StockLimitExceededException(productId, warehouse.Code, delta)
                    : new ConflictException("insufficient_stock", "The adjustment would take on-hand stock below what is reserved and committed.");
            }

            await lowStock.CheckAsync(before, ct);
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return await sender.Send(new GetStock.GetStock(productId), cancellationToken);
    }
}

internal sealed class AdjustStockValidator : AbstractValidator<AdjustStock>
{
    public AdjustStockValidator()
    {
        RuleFor(x => x.ProductId).NotNull().GreaterThan(0);
        RuleFor(x => x.Warehouse).NotEmpty().MaximumLength(Warehouse.CodeMaxLength);
        RuleFor(x => x.Delta).NotNull().NotEqual(0).InclusiveBetween(-StockLimits.MaxPerRequest, StockLimits.MaxPerRequest);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
