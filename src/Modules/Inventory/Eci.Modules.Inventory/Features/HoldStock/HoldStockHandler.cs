using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Features.HoldStock;

// Holds stock for all lines or none. One read gives the figures, the warehouses' codes and priorities, whether a lapsed
// hold still counts as reserved, and the thresholds; the plan made from it is held by one guarded statement for all its
// stock items, all or none. When another request took the stock in between, the statement changes nothing and the plan
// is made again (where the engine needs one statement per item, those made are rolled back to a savepoint first). The
// reservation, its ledger entries, its stock.reserved and low-stock events and the idempotency key are then written in one batch when the
// executor saves. The Catalog is not asked: on the order path Orders has resolved the products (and their prices)
// before it reserves, and an admin's reserve checks them in ReserveStockByAdmin.
internal sealed class HoldStockHandler(
    InventoryDbContext db,
    StockLedger ledger,
    StockFigures figures,
    ReservationStore reservations,
    LowStockMonitor lowStock,
    IdempotentExecutor idempotency,
    IOptions<InventoryOptions> options) : ICommandHandler<HoldStock, ReservationResponse>
{
    private const int PlanAttempts = 5;

    public async ValueTask<ReservationResponse> Handle(HoldStock command, CancellationToken cancellationToken)
    {
        var quantities = command.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var productIds = quantities.Keys.ToList();
        var warehouse = command.Warehouse is null ? null : (await db.ByCodeAsync(command.Warehouse, "warehouse", cancellationToken)).Code;
        var ttl = TimeSpan.FromMinutes(command.ReservationMinutes ?? options.Value.DefaultReservationMinutes);

        // The effect saves nothing itself: the executor saves what it tracked, with the key, after it returns.
        return await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "reserve", nameof(Contracts.ReserveStock), command with { IdempotencyKey = null }),
            async ct =>
            {
                var snapshot = await ReadAsync(productIds, ct);
                var (reservation, codes, after) = await HoldAsync(command.OrderId, quantities, warehouse, ttl, snapshot.Rows, ct);
                lowStock.Check(after.ToDictionary(a => a.Key, a => a.Value + quantities[a.Key]), after, snapshot.Thresholds);
                return new ShownReservation(reservation, codes).ToResponse();
            }, cancellationToken, held => ReservationResponse.LocationOf(held.Id));
    }

    // Lapsed holds of these products are expired first, as the sweeper would, so that their stock is free to the guarded
    // statement too; only then are the figures read again.
    private async Task<StockSnapshot> ReadAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var snapshot = await figures.ReadAsync(productIds, includeInactive: true, cancellationToken);
        if (snapshot.HasLapsedHolds)
        {
            await reservations.ExpireDueAsync(productIds, cancellationToken);
            snapshot = await figures.ReadAsync(productIds, includeInactive: true, cancellationToken);
        }

        return snapshot with { Rows = snapshot.Rows.Where(r => r.IsActive).ToList() };
    }

    // Returns, besides the hold, what each product has available after it: from the changed rows where the guarded
    // statement returns them (so two holds racing for the same stock see each other, and one crossing of the low-stock
    // threshold raises one event), else from the rows the plan was made from.
    private async Task<(Reservation Reservation, Dictionary<int, string> Codes, Dictionary<int, long> AvailableAfter)> HoldAsync(
        string? orderId, Dictionary<int, int> quantities, string? warehouse, TimeSpan ttl, List<StockRow> current, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction!;
        for (var attempt = 1; ; attempt++)
        {
            var rows = attempt == 1 ? current : await figures.RowsAsync(quantities.Keys, includeInactive: false, cancellationToken);
            var options = rows.Select(r => r.ToOption()).ToList();
            var plan = AllocationPlanner.Plan(quantities, options, warehouse);
            if (!plan.IsComplete)
            {
                InventoryMetrics.Reserved(held: false);
                throw new InsufficientStockException(plan.Shortages);
            }

            var now = ledger.Now;
            var reservation = Reservation.Hold(orderId, plan.Pieces.Select(p => new ReservationLine(p.StockItemId, p.ProductId, p.WarehouseId, p.Quantity, p.Rule)), now, ttl);
            var movements = plan.Pieces.Select(p => StockMovement.Of(p.StockItemId, p.ProductId, p.WarehouseId, MovementTypes.Reserved,
                new StockDelta(p.Quantity, 0, p.Quantity, 0), now, "hold", orderId, reservation.Id)).ToList();
            var atomic = ledger.AppliesAtomically(movements);
            if (!atomic)
            {
                await transaction.CreateSavepointAsync("plan", cancellationToken);
            }

            if (await ledger.TryApplyAllAsync(movements, cancellationToken) is { } changed)
            {
                InventoryMetrics.Reserved(held: true);
                db.Reservations.Add(reservation);
                var held = plan.Pieces.GroupBy(p => p.StockItemId).ToDictionary(g => g.Key, g => g.Sum(p => p.Quantity));
                var after = quantities.Keys.ToDictionary(id => id, id => rows.Where(r => r.ProductId == id && r.IsActive)
                    .Sum(r => changed.TryGetValue(r.StockItemId, out var left) ? left : (long)r.Available - held.GetValueOrDefault(r.StockItemId)));
                var codes = plan.Pieces.DistinctBy(p => p.WarehouseId).ToDictionary(p => p.WarehouseId, p => p.WarehouseCode);
                ReservationEvents.Held(db, new ShownReservation(reservation, codes), now);
                return (reservation, codes, after);
            }

            // Nothing of this attempt is tracked yet (the ledger records movements only when all applied).
            if (!atomic)
            {
                await transaction.RollbackToSavepointAsync("plan", cancellationToken);
            }

            if (attempt == PlanAttempts)
            {
                // Others kept taking the stock between plan and hold: report what is free now.
                var free = (await figures.RowsAsync(quantities.Keys, includeInactive: false, cancellationToken)).GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => g.Sum(r => (long)r.Available));
                throw new InsufficientStockException(quantities.Select(q => new Shortage(q.Key, q.Value, free.GetValueOrDefault(q.Key))).ToList());
            }
        }
    }
}
