using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>A product's available stock fell below its low-stock threshold.</summary>
public sealed record LowStockDetected(int ProductId, int Available, int Threshold, DateTime DetectedAt) : INotification;

/// <summary>
/// A transfer between warehouses started (status <c>in_transit</c>), was received or was cancelled. Warehouses are
/// named by their codes.
/// </summary>
public sealed record StockTransferChanged(
    Guid TransferId, int ProductId, string FromWarehouse, string ToWarehouse, int Quantity, string Status, DateTime OccurredAt) : INotification;

/// <summary>
/// Incoming stock was announced (nothing received yet) or part of it was received: <c>Received</c> units of
/// <c>Quantity</c> so far, <c>Status</c> <c>received</c> once all arrived.
/// </summary>
public sealed record IncomingStockChanged(
    Guid IncomingId, int ProductId, string Warehouse, int Quantity, int Received, DateOnly ExpectedAt, string Status, DateTime OccurredAt) : INotification;

/// <summary>Stock was held for a reservation (an order's, when <c>OrderId</c> is set) until <c>ExpiresAt</c>.</summary>
public sealed record StockReserved(
    Guid ReservationId, Guid? OrderId, IReadOnlyList<ReservationLineDto> Lines, DateTime? ExpiresAt, DateTime OccurredAt) : INotification;

/// <summary>A reservation was paid for: its stock is committed and no longer expires.</summary>
public sealed record StockCommitted(Guid ReservationId, Guid? OrderId, IReadOnlyList<ReservationLineDto> Lines, DateTime OccurredAt) : INotification;

/// <summary>
/// A reservation's stock is free again: <c>Status</c> is <c>released</c> (given back) or <c>expired</c> (its hold ran
/// out); <c>Reason</c> is what the release said.
/// </summary>
public sealed record StockReleased(
    Guid ReservationId, Guid? OrderId, IReadOnlyList<ReservationLineDto> Lines, string Status, string? Reason, DateTime OccurredAt) : INotification;
