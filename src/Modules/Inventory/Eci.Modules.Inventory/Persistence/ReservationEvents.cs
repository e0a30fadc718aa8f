using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Outbox;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>The public events of a reservation's steps, added to the outbox of the transaction that takes the step.</summary>
internal static class ReservationEvents
{
    public static void Held(InventoryDbContext db, ShownReservation shown, DateTime now) =>
        db.Enqueue(new StockReserved(shown.Reservation.Id, OrderIdOf(shown), LinesOf(shown), shown.Reservation.ExpiresAt, now), now);

    /// <summary>
    /// Announces the step the reservation just took, if it is one the feed tells (committed, released, expired);
    /// returns whether it added an event.
    /// </summary>
    public static bool Moved(InventoryDbContext db, ShownReservation shown, string? reason, DateTime now)
    {
        var reservation = shown.Reservation;
        switch (reservation.Status)
        {
            case ReservationStatuses.Committed:
                db.Enqueue(new StockCommitted(reservation.Id, OrderIdOf(shown), LinesOf(shown), now), now);
                return true;
            case ReservationStatuses.Released or ReservationStatuses.Expired:
                db.Enqueue(new StockReleased(reservation.Id, OrderIdOf(shown), LinesOf(shown), reservation.Status, reason, now), now);
                return true;
            default:
                return false;
        }
    }

    private static Guid? OrderIdOf(ShownReservation shown) => Guid.TryParse(shown.Reservation.OrderId, out var id) ? id : null;

    private static List<ReservationLineDto> LinesOf(ShownReservation shown) => shown.ToResponse().Lines.ToList();
}
