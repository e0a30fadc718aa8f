using Eci.Shared.Errors;

namespace Eci.Modules.Inventory.Domain;

/// <summary>
/// Stock held for one checkout. Its state machine: <c>active</c> → <c>committed</c> → <c>fulfilled</c> (→ <c>returned</c>), and
/// <c>active</c> → <c>released</c> | <c>expired</c>, <c>committed</c> → <c>released</c>; a hold that expired may still
/// be committed when its stock is free again. Terminal states never change. Each transition names the stock change it
/// implies; the optimistic <see cref="Version"/> makes two racing transitions (an expiry and a commit) end with one winner.
/// </summary>
internal sealed class Reservation
{
    private readonly List<ReservationLine> _lines = [];

    private Reservation()
    {
    }

    public Guid Id { get; private set; }

    public string? OrderId { get; private set; }

    public string Status { get; private set; } = ReservationStatus.Active;

    public DateTime? ExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

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

    public bool IsExpiredAt(DateTime now) => Status == ReservationStatus.Active && ExpiresAt <= now;

    /// <summary>Active → committed; committed or fulfilled again → nothing to do (null).</summary>
    public string? Commit(DateTime now) => Status switch
    {
        ReservationStatus.Active => Move(ReservationStatus.Committed, now, expiresAt: null),
        ReservationStatus.Expired => Move(ReservationStatus.Committed, now, expiresAt: null),
        ReservationStatus.Committed or ReservationStatus.Fulfilled => null,
        _ => throw Illegal("commit"),
    };

    /// <summary>Active or committed → released; released or expired again → nothing to do (null).</summary>
    public string? Release(DateTime now) => Status switch
    {
        ReservationStatus.Active or ReservationStatus.Committed => Move(ReservationStatus.Released, now, expiresAt: null),
        ReservationStatus.Released or ReservationStatus.Expired => null,
        _ => throw Illegal("release"),
    };

    /// <summary>Committed → fulfilled; fulfilled again → nothing to do (null).</summary>
    public string? Fulfil(DateTime now) => Status switch
    {
        ReservationStatus.Committed => Move(ReservationStatus.Fulfilled, now, expiresAt: null),
        ReservationStatus.Fulfilled => null,
        _ => throw Illegal("ship"),
    };

    /// <summary>Fulfilled → returned (the goods came back); returned again → nothing to do (null).</summary>
    public string? Return(DateTime now) => Status switch
    {
        ReservationStatus.Fulfilled => Move(ReservationStatus.Returned, now, expiresAt: null),
        ReservationStatus.Returned => null,
        _ => throw Illegal("return"),
    };

    /// <summary>An active hold past its expiry → expired; anything else → nothing to do (null).</summary>
    public string? Expire(DateTime now) => IsExpiredAt(now) ? Move(ReservationStatus.Expired, now, ExpiresAt) : null;

    /// <summary>Keeps a live hold until at least now + <paramref name="ttl"/>; an expired or finished hold cannot be extended.</summary>
    public void Extend(DateTime now, TimeSpan ttl)
    {
        if (Status != ReservationStatus.Active || ExpiresAt <= now)
        {
            throw Status == ReservationStatus.Active || Status == ReservationStatus.Expired
                ? new ConflictException("reservation_expired", $"Reservation {Id} has expired.")
                : Illegal("extend");
        }

        var until = now + ttl;
        if (until > ExpiresAt)
        {
            ExpiresAt = until;
            UpdatedAt = now;
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

/// <summary>Part of a reservation held in one warehouse.</summary>
internal sealed class ReservationLine
{
    private ReservationLine()
    {
    }

    public ReservationLine(int stockItemId, int productId, int warehouseId, int quantity, string allocationRule)
    {
        StockItemId = stockItemId;
        ProductId = productId;
        WarehouseId = warehouseId;
        Quantity = quantity;
        AllocationRule = allocationRule;
    }

    public int Id { get; private set; }

    public int StockItemId { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>One of <see cref="AllocationRules"/>.</summary>
    public string AllocationRule { get; private set; } = string.Empty;
}

internal static class ReservationStatus
{
    public const string Active = "active";
    public const string Committed = "committed";
    public const string Fulfilled = "fulfilled";
    public const string Released = "released";
    public const string Expired = "expired";
    public const string Returned = "returned";
}

internal static class AllocationRules
{
    /// <summary>The whole request from one warehouse, the highest-priority one that could serve all of it.</summary>
    public const string SingleWarehouse = "single_warehouse";

    /// <summary>No warehouse could serve the whole request; this line comes whole from one warehouse.</summary>
    public const string LineWarehouse = "line_warehouse";

    /// <summary>This line is split across warehouses, by priority, then by most available.</summary>
    public const string Split = "split";

    /// <summary>The caller named the warehouse.</summary>
    public const string RequestedWarehouse = "requested_warehouse";
}
