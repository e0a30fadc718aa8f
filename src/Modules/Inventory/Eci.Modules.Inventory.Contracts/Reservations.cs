using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>A quantity of one product.</summary>
public sealed record StockLine(int ProductId, int Quantity);

/// <summary>
/// Holds stock for a checkout, all lines or none, for <see cref="ReservationMinutes"/> (default 15). Allocation takes
/// the whole request from the highest-priority warehouse that can serve it, else splits by priority, then by most
/// available; <see cref="Warehouse"/> restricts the choice. Idempotent by <see cref="IdempotencyKey"/>.
/// Fails with 409 <see cref="InventoryErrorCodes.InsufficientStock"/> when the stock is not there. The products are not
/// looked up in the Catalog again: the caller (Orders) has resolved them.
/// </summary>
public sealed record ReserveStock(
    IReadOnlyList<StockLine> Lines,
    Guid? OrderId = null,
    string? Warehouse = null,
    int? ReservationMinutes = null,
    string? IdempotencyKey = null) : ICommand<ReservationDto>
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 100_000;
    public const int MaxMinutes = 24 * 60;
}

/// <summary>Pushes a live hold's expiry to at least now + <see cref="Minutes"/>, e.g. while a payment is in flight.</summary>
public sealed record ExtendReservation(Guid ReservationId, int Minutes) : ICommand<ReservationDto>;

/// <summary>
/// Turns a paid hold into a commitment that never expires. Committing a hold that has just expired still succeeds
/// when the stock is free; otherwise 409 <see cref="InventoryErrorCodes.ReservationExpired"/>. Repeating it changes nothing.
/// </summary>
public sealed record CommitReservation(Guid ReservationId) : ICommand<ReservationDto>;

/// <summary>Gives a hold or a commitment back to stock (cancellation, compensation). Repeating it changes nothing.</summary>
public sealed record ReleaseReservation(Guid ReservationId, string? Reason = null) : ICommand<ReservationDto>;

/// <summary>The committed stock has left the warehouse: committed and on-hand both go down. Repeating it changes nothing.</summary>
public sealed record ShipReservation(Guid ReservationId) : ICommand<ReservationDto>;

/// <summary>A reservation by id; null when there is none.</summary>
public sealed record GetReservation(Guid ReservationId) : IQuery<ReservationDto?>;

/// <summary>A reservation; <see cref="Status"/> is one of <see cref="ReservationStatuses"/>: active (has <see cref="ExpiresAt"/>) → committed → fulfilled, or released / expired.</summary>
public sealed record ReservationDto(
    Guid Id,
    Guid? OrderId,
    string Status,
    DateTime? ExpiresAt,
    IReadOnlyList<ReservationLineDto> Lines,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>Part of a line held in one warehouse, and the allocation rule that chose it.</summary>
public sealed record ReservationLineDto(int ProductId, string Warehouse, int Quantity, string AllocationRule);

/// <summary>Shipped stock came back (a returned shipment): on-hand goes up again. Repeating it changes nothing.</summary>
public sealed record ReturnReservation(Guid ReservationId, string? Reason = null) : ICommand<ReservationDto>;
