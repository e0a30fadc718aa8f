using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Features;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>Loads reservations, moves them through their state machine with the stock change each step implies, and shows them.</summary>
internal sealed class ReservationStore(InventoryDbContext db, StockLedger ledger, StockStatements statements)
{
    private const int Attempts = 3;

    // The reservation with the codes of its warehouses, for its answer, in one read.
    public async Task<ShownReservation> LoadShownAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        await FindShownAsync(id, tracked, cancellationToken) ?? throw new NotFoundException("Reservation", id);

    public async Task<ShownReservation?> FindShownAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var found = await (tracked ? ShownTracked : Shown).For(db)(db, id, cancellationToken);
        return found is null ? null : new ShownReservation(found.Reservation, found.Warehouses.DistinctBy(w => w.Id).ToDictionary(w => w.Id, w => w.Code));
    }

    // Compiled, tracked and not: every hold and every move of a reservation reads it this way.
    private static readonly CompiledPerModel<Func<InventoryDbContext, Guid, CancellationToken, Task<ShownRow?>>> Shown = new(() => CompileShown(tracked: false));
    private static readonly CompiledPerModel<Func<InventoryDbContext, Guid, CancellationToken, Task<ShownRow?>>> ShownTracked = new(() => CompileShown(tracked: true));

    // The captured flag is a constant to a compiled query: EF Core keeps only the branch it names.
    private static Func<InventoryDbContext, Guid, CancellationToken, Task<ShownRow?>> CompileShown(bool tracked) =>
        EF.CompileAsyncQuery((InventoryDbContext db, Guid id, CancellationToken _) => (tracked ? db.Reservations : db.Reservations.AsNoTracking())
            .Where(r => r.Id == id)
            .Select(r => new ShownRow(r, r.Lines.Join(db.Warehouses, l => l.WarehouseId, w => w.Id, (l, w) => new WarehouseCode(w.Id, w.Code)).ToList()))
            .FirstOrDefault());

    private sealed record ShownRow(Reservation Reservation, List<WarehouseCode> Warehouses);

    private sealed record WarehouseCode(int Id, string Code);

    // The latest reservation of the order.
    public async Task<Guid> IdOfOrderAsync(string orderId, CancellationToken cancellationToken) =>
        await db.Reservations.Where(r => r.OrderId == orderId).OrderByDescending(r => r.CreatedAt)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Reservation of order", orderId);

    // Runs one transition inside the caller's transaction. When another request moved the reservation first, it is read
    // again and the transition re-decided, so a repeat is a no-op and a conflicting move is refused. Where the engine
    // allows, the move, its stock change and its ledger entries are one statement after the read.
    public async Task<ShownReservation> TransitionAsync(Guid id, Func<Reservation, DateTime, string?> transition, string? reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var shown = await LoadShownAsync(id, tracked: !statements.SingleStatementTransitions, cancellationToken);
            var reservation = shown.Reservation;
            var readVersion = reservation.Version;
            var from = transition(reservation, ledger.Now);
            if (from is null)
            {
                return shown;
            }

            var moved = await ledger.TryMoveAsync(reservation, readVersion, from, reason, cancellationToken);
            if (moved is null)
            {
                if (statements.SingleStatementTransitions)
                {
                    // Read untracked for the single statement, which this reservation cannot take: saved as a tracked one.
                    var entry = db.Attach(reservation);
                    entry.State = EntityState.Modified;
                    entry.Property(r => r.Version).OriginalValue = readVersion;
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    db.ChangeTracker.Clear();
                    continue;
                }

                if (!await ledger.ApplyTransitionAsync(reservation, from, reason, cancellationToken))
                {
                    throw Expired(id);
                }

                ReservationEvents.Moved(db, shown, reason, ledger.Now);
                await db.SaveChangesAsync(cancellationToken);
                return shown;
            }

            if (moved.Value.Moved)
            {
                if (!moved.Value.Applied)
                {
                    throw Expired(id);
                }

                // The step was one statement; its event is a second, in the same transaction.
                if (ReservationEvents.Moved(db, shown, reason, ledger.Now))
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                return shown;
            }

            if (attempt == Attempts)
            {
                throw new DbUpdateConcurrencyException($"Reservation {id} kept changing while it was being moved.");
            }
        }
    }

    // Expires the holds of these products that are past their time, so their stock is free again.
    public async Task ExpireDueAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var now = ledger.Now;
        var due = await db.Reservations.AsNoTracking()
            .Where(r => r.Status == ReservationStatuses.Active && r.ExpiresAt <= now && r.Lines.Any(l => productIds.Contains(l.ProductId)))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await TransitionAsync(id, (r, at) => r.Expire(at), "hold expired", cancellationToken);
        }
    }

    // One transition in its own transaction, answered as the reservation stands after it.
    public async Task<ReservationResponse> MoveAsync(Guid id, Func<Reservation, DateTime, string?> move, string reason, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(async ct => (await TransitionAsync(id, move, reason, ct)).ToResponse(), cancellationToken);

    private static ConflictException Expired(Guid id) =>
        new(InventoryErrorCodes.ReservationExpired, $"Reservation {id} expired and its stock is no longer free.");
}
