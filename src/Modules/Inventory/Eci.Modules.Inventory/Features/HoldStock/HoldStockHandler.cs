using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Features.HoldStock;

// Holds stock for all lines or none. The plan is made from the current figures and each piece is then held by a
// guarded statement; when another request took the stock in between, the holds made so far are rolled back to a
// savepoint and the plan is made again. The Catalog is not asked: on the order path Orders has resolved the products
// (and their prices) before it reserves, and an admin's reserve checks them in ReserveStockByAdmin.
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

        return await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "reserve", nameof(Contracts.ReserveStock), command with { IdempotencyKey = null }),
            async ct =>
            {
                await reservations.ExpireDueAsync(productIds, ct);
                // One read of the figures serves the low-stock check and the first plan.
                var rows = await figures.RowsAsync(productIds, includeInactive: false, ct);
                var before = LowStockMonitor.Available(productIds, rows);
                var reservation = await HoldAsync(command.OrderId, quantities, warehouse, ttl, rows, ct);
                await lowStock.CheckAsync(before, before.ToDictionary(b => b.Key, b => b.Value - quantities[b.Key]), ct);
                await db.SaveChangesAsync(ct);
                return await reservations.ToResponseAsync(reservation, ct);
            }, cancellationToken);
    }

    private async Task<Reservation> HoldAsync(
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

            await transaction.CreateSavepointAsync("plan", cancellationToken);
            var reservation = Reservation.Hold(orderId, plan.Pieces.Select(p => new ReservationLine(p.StockItemId, p.ProductId, p.WarehouseId, p.Quantity, p.Rule)), ledger.Now, ttl);
            var held = true;
            foreach (var piece in plan.Pieces.OrderBy(p => p.StockItemId))
            {
                held = await ledger.TryApplyAsync(piece.StockItemId, piece.ProductId, piece.WarehouseId, MovementTypes.Reserved,
                    new StockDelta(piece.Quantity, 0, piece.Quantity, 0), cancellationToken, "hold", orderId, reservation.Id);
                if (!held)
                {
                    break;
                }
            }

            if (held)
            {
                InventoryMetrics.Reserved(held: true);
                db.Reservations.Add(reservation);
                return reservation;
            }

            await transaction.RollbackToSavepointAsync("plan", cancellationToken);
            db.ChangeTracker.Clear();
            if (attempt == PlanAttempts)
            {
                // Others kept taking the stock between plan and hold: report what is free now.
                var now = (await figures.RowsAsync(quantities.Keys, includeInactive: false, cancellationToken)).GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => g.Sum(r => (long)r.Available));
                throw new InsufficientStockException(quantities.Select(q => new Shortage(q.Key, q.Value, now.GetValueOrDefault(q.Key))).ToList());
            }
        }
    }
}
