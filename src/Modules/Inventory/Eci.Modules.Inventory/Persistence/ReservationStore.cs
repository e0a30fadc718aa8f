using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Features;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>Loads reservations, moves them through their state machine with the stock change each step implies, and shows them.</summary>
internal sealed class ReservationStore(InventoryDbContext db, StockLedger ledger)
{
    private const int Attempts = 3;

    public async Task<Reservation> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Reservations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("Reservation", id);

    // The latest reservation of the order.
    public async Task<Guid> IdOfOrderAsync(string orderId, CancellationToken cancellationToken) =>
        await db.Reservations.Where(r => r.OrderId == orderId).OrderByDescending(r => r.CreatedAt)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Reservation of order", orderId);

    // Runs one transition inside the caller's transaction. When another request moved the reservation first, it is read
    // again and the transition re-decided, so a repeat is a no-op and a conflicting move is refused.
    public async Task<Reservation> TransitionAsync(Guid id, Func<Reservation, DateTime, string?> transition, string? reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var reservation = await LoadAsync(id, cancellationToken);
            var from = transition(reservation, ledger.Now);
            if (from is null)
            {
                return reservation;
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
                throw new ConflictException(InventoryErrorCodes.ReservationExpired, $"Reservation {id} expired and its stock is no longer free.");
            }

            await db.SaveChangesAsync(cancellationToken);
            return reservation;
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
        await db.InTransactionAsync(async ct => await ToResponseAsync(await TransitionAsync(id, move, reason, ct), ct), cancellationToken);

    public async Task<ReservationResponse> ToResponseAsync(Reservation reservation, CancellationToken cancellationToken)
    {
        var codes = await db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        return new ReservationResponse(reservation.Id, reservation.OrderId, reservation.Status, reservation.ExpiresAt,
            reservation.Lines.Select(l => new ReservationLineDto(l.ProductId, codes[l.WarehouseId], l.Quantity, l.AllocationRule)).ToList(),
            reservation.CreatedAt, reservation.UpdatedAt);
    }
}
