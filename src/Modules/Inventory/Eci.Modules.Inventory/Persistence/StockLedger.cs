using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

// Every change to stock goes through here: a guarded statement that only changes a stock item when its figures stay
// valid (nothing negative, nothing sold twice, on hand within StockLimits.MaxOnHand), one per item or one for several
// (StockStatements), plus its ledger entries in the same transaction.
internal sealed class StockLedger(InventoryDbContext db, StockStatements statements, TimeProvider clock)
{
    private const int MaxDelta = StockLimits.MaxOnHand / 10;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Returns false, changing nothing, when the result would not keep every figure valid.
    public async Task<bool> TryApplyAsync(int stockItemId, int productId, int warehouseId, string type, StockDelta delta,
        CancellationToken cancellationToken, string? reason = null, string? reference = null, Guid? reservationId = null)
    {
        var now = Now;
        var changed = Fits(delta) && await UpdateAsync(stockItemId, delta, now, cancellationToken);
        if (changed)
        {
            db.Movements.Add(StockMovement.Of(stockItemId, productId, warehouseId, type, delta, now, reason, reference, reservationId));
        }

        return changed;
    }

    // Whether TryApplyAllAsync changes nothing when it fails; otherwise the caller rolls back what it changed.
    public bool AppliesAtomically(IReadOnlyList<StockMovement> movements) =>
        statements.SetBased && movements.DistinctBy(m => m.StockItemId).Count() == movements.Count;

    // Every movement's change (one per stock item) or null, with the changes made by then rolled back by the caller
    // unless AppliesAtomically. On success the movements are recorded with the next SaveChanges, and the answer holds
    // what each stock item has available after the change where the engine returns it from the changed row (PostgreSQL),
    // and nothing elsewhere.
    public async Task<IReadOnlyDictionary<int, int>?> TryApplyAllAsync(IReadOnlyList<StockMovement> movements, CancellationToken cancellationToken)
    {
        if (!movements.All(m => Fits(Delta(m))))
        {
            return null;
        }

        IReadOnlyDictionary<int, int> availableAfter = new Dictionary<int, int>();
        if (AppliesAtomically(movements))
        {
            (var changed, availableAfter) = await statements.ApplyAsync(movements, Now, cancellationToken);
            if (changed != movements.Count)
            {
                return null;
            }
        }
        else
        {
            foreach (var movement in movements.OrderBy(m => m.StockItemId))
            {
                if (!await UpdateAsync(movement.StockItemId, Delta(movement), Now, cancellationToken))
                {
                    return null;
                }
            }
        }

        db.Movements.AddRange(movements);
        return availableAfter;
    }

    // With figures within MaxOnHand and deltas within MaxDelta no sum in the statement can leave a 32-bit integer.
    private static bool Fits(StockDelta delta) =>
        delta.OnHand is >= -MaxDelta and <= MaxDelta && delta.Reserved is >= -MaxDelta and <= MaxDelta && delta.Committed is >= -MaxDelta and <= MaxDelta;

    private static StockDelta Delta(StockMovement m) => new(m.Quantity, m.OnHandDelta, m.ReservedDelta, m.CommittedDelta);

    private async Task<bool> UpdateAsync(int stockItemId, StockDelta delta, DateTime now, CancellationToken cancellationToken)
    {
        int onHand = delta.OnHand, reserved = delta.Reserved, committed = delta.Committed;
        return await db.StockItems
            .Where(s => s.Id == stockItemId
                && s.OnHand + onHand >= 0 && s.OnHand + onHand <= StockLimits.MaxOnHand
                && s.Reserved + reserved >= 0 && s.Committed + committed >= 0
                && (s.OnHand + onHand) - (s.Reserved + reserved) - (s.Committed + committed) >= 0)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.OnHand, s => s.OnHand + onHand)
                .SetProperty(s => s.Reserved, s => s.Reserved + reserved)
                .SetProperty(s => s.Committed, s => s.Committed + committed)
                .SetProperty(s => s.UpdatedAt, now), cancellationToken) == 1;
    }

    // Created empty when there is none, safe under races.
    public async Task<int> EnsureStockItemAsync(int productId, int warehouseId, CancellationToken cancellationToken)
    {
        var sql = "INSERT INTO " + db.TableOf<StockItem>() + " (product_id, warehouse_id, on_hand, reserved, committed, updated_at) " +
                  "VALUES ({0}, {1}, 0, 0, 0, {2}) ON CONFLICT (product_id, warehouse_id) DO NOTHING";
        await db.Database.ExecuteSqlRawAsync(sql, [productId, warehouseId, Now], cancellationToken);
        return await db.StockItems.Where(s => s.ProductId == productId && s.WarehouseId == warehouseId)
            .Select(s => s.Id).SingleAsync(cancellationToken);
    }

    // Only a hold revived after it expired can fail (its stock may have gone); the other transitions give back or move
    // stock already held.
    public async Task<bool> ApplyTransitionAsync(Reservation reservation, string from, string? reason, CancellationToken cancellationToken)
    {
        var (type, delta) = Transition(from, reservation.Status);
        foreach (var line in reservation.Lines.OrderBy(l => l.StockItemId))
        {
            var q = line.Quantity;
            var applied = await TryApplyAsync(line.StockItemId, line.ProductId, line.WarehouseId, type,
                new StockDelta(q, delta.OnHand * q, delta.Reserved * q, delta.Committed * q), cancellationToken,
                reason, reservation.OrderId, reservation.Id);
            if (!applied)
            {
                // Only a return adds on-hand stock, and it can fail only on the limit.
                return delta.OnHand > 0 ? throw new StockLimitExceededException(line.ProductId, null, q) : false;
            }
        }

        return true;
    }

    // The reservation's move (made in memory from readVersion) with its stock change and ledger entries in one statement,
    // where the engine allows it; null where it does not (the caller then takes ApplyTransitionAsync). Moved is false,
    // nothing written, when another request moved the reservation first; Applied is false when its stock is no longer
    // free, and then the caller must roll the transaction back.
    public async Task<(bool Moved, bool Applied)?> TryMoveAsync(Reservation reservation, int readVersion, string from, string? reason, CancellationToken cancellationToken)
    {
        var (type, delta) = Transition(from, reservation.Status);
        var now = Now;
        var movements = reservation.Lines.OrderBy(l => l.StockItemId).Select(l => StockMovement.Of(l.StockItemId, l.ProductId, l.WarehouseId, type,
            new StockDelta(l.Quantity, delta.OnHand * l.Quantity, delta.Reserved * l.Quantity, delta.Committed * l.Quantity), now,
            reason, reservation.OrderId, reservation.Id)).ToList();
        if (!statements.SingleStatementTransitions || movements.Count == 0 || !movements.All(m => Fits(Delta(m)))
            || movements.DistinctBy(m => m.StockItemId).Count() != movements.Count)
        {
            return null;
        }

        var (moved, applied) = await statements.TransitionAsync(reservation, readVersion, movements, cancellationToken);
        if (moved && movements.FirstOrDefault(m => !applied.Contains(m.StockItemId)) is { } refused)
        {
            // Only a return adds on-hand stock, and it can fail only on the limit.
            return delta.OnHand > 0 ? throw new StockLimitExceededException(refused.ProductId, null, refused.Quantity) : (true, false);
        }

        return (moved, moved);
    }

    private static (string Type, StockDelta PerUnit) Transition(string from, string to) => (from, to) switch
    {
        (ReservationStatuses.Active, ReservationStatuses.Committed) => (MovementTypes.Committed, new(1, 0, -1, 1)),
        (ReservationStatuses.Expired, ReservationStatuses.Committed) => (MovementTypes.Committed, new(1, 0, 0, 1)),
        (ReservationStatuses.Active, ReservationStatuses.Released) => (MovementTypes.Released, new(1, 0, -1, 0)),
        (ReservationStatuses.Committed, ReservationStatuses.Released) => (MovementTypes.Released, new(1, 0, 0, -1)),
        (ReservationStatuses.Active, ReservationStatuses.Expired) => (MovementTypes.Expired, new(1, 0, -1, 0)),
        (ReservationStatuses.Committed, ReservationStatuses.Fulfilled) => (MovementTypes.Shipped, new(1, -1, 0, -1)),
        (ReservationStatuses.Fulfilled, ReservationStatuses.Returned) => (MovementTypes.Returned, new(1, 1, 0, 0)),
        _ => throw new InvalidOperationException($"No stock change is defined for {from} → {to}."),
    };
}
