using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Inventory.Domain;

// Stock held for one checkout: active → committed → fulfilled (→ returned), active → released | expired,
// committed → released; a hold that expired may still be committed when its stock is free again. Terminal states never
// change. Each transition returns the state it left, from which the ledger derives the stock change; the optimistic
// Version makes two racing transitions (an expiry and a commit) end with one winner.
internal sealed class Reservation
{
    private readonly List<ReservationLine> _lines = [];

    private Reservation()
    {
    }

    public Guid Id { get; private set; }

    public string? OrderId { get; private set; }

    public string Status { get; private set; } = ReservationStatuses.Active;

    public DateTime? ExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>How often the hold was extended; kept on the row the extension updates anyway, for the order's timeline.</summary>
    public int Extensions { get; private set; }

    public DateTime? LastExtendedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ReservationLine> Lines => _lines;

    public static Reservation Hold(string? orderId, IEnumerable<ReservationLine> lines, DateTime now, TimeSpan ttl)
    {
        var reservation = new Reservation
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now + ttl,
        };
        reservation._lines.AddRange(lines);
        return reservation;
    }

    public bool IsExpiredAt(DateTime now) => Status == ReservationStatuses.Active && ExpiresAt <= now;

    // Active → committed; committed or fulfilled again → nothing to do (null).
    public string? Commit(DateTime now) => Status switch
    {
        ReservationStatuses.Active => Move(ReservationStatuses.Committed, now, expiresAt: null),
        ReservationStatuses.Expired => Move(ReservationStatuses.Committed, now, expiresAt: null),
        ReservationStatuses.Committed or ReservationStatuses.Fulfilled => null,
        _ => throw Illegal("commit"),
    };

    // Active or committed → released; released or expired again → nothing to do (null).
    public string? Release(DateTime now) => Status switch
    {
        ReservationStatuses.Active or ReservationStatuses.Committed => Move(ReservationStatuses.Released, now, expiresAt: null),
        ReservationStatuses.Released or ReservationStatuses.Expired => null,
        _ => throw Illegal("release"),
    };

    // Committed → fulfilled; fulfilled or returned → nothing to do (null): goods that came back had left, and a step
    // that ships and then returns (a parcel back whole) may run again after its return committed.
    public string? Fulfil(DateTime now) => Status switch
    {
        ReservationStatuses.Committed => Move(ReservationStatuses.Fulfilled, now, expiresAt: null),
        ReservationStatuses.Fulfilled or ReservationStatuses.Returned => null,
        _ => throw Illegal("ship"),
    };

    // Fulfilled → returned (the goods came back); returned again → nothing to do (null).
    public string? Return(DateTime now) => Status switch
    {
        ReservationStatuses.Fulfilled => Move(ReservationStatuses.Returned, now, expiresAt: null),
        ReservationStatuses.Returned => null,
        _ => throw Illegal("return"),
    };

    // An active hold past its expiry → expired; anything else → nothing to do (null).
    public string? Expire(DateTime now) => IsExpiredAt(now) ? Move(ReservationStatuses.Expired, now, ExpiresAt) : null;

    // Keeps a live hold until at least now + ttl; an expired or finished hold cannot be extended.
    public void Extend(DateTime now, TimeSpan ttl)
    {
        if (Status != ReservationStatuses.Active || ExpiresAt <= now)
        {
            throw Status == ReservationStatuses.Active || Status == ReservationStatuses.Expired
                ? new ConflictException(InventoryErrorCodes.ReservationExpired, $"Reservation {Id} has expired.")
                : Illegal("extend");
        }

        var until = now + ttl;
        if (until > ExpiresAt)
        {
            ExpiresAt = until;
            UpdatedAt = now;
            Extensions++;
            LastExtendedAt = now;
            Version++;
        }
    }

    private string Move(string to, DateTime now, DateTime? expiresAt)
    {
        var from = Status;
        Status = to;
        ExpiresAt = expiresAt;
        UpdatedAt = now;
        Version++;
        return from;
    }

    private ConflictException Illegal(string action) =>
        new("illegal_transition", $"Reservation {Id} is {Status}; it cannot {action}.");
}
