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
