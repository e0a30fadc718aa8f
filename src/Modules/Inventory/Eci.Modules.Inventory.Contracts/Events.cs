using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>A product's available stock fell below its low-stock threshold.</summary>
public sealed record LowStockDetected(int ProductId, int Available, int Threshold, DateTime DetectedAt) : INotification;
