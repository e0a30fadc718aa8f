using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>Stock arrives in a warehouse, as the API's receive does (its rules, its validation, its idempotency key).</summary>
public sealed record ReceiveStockAt(int ProductId, string Warehouse, int Quantity, string? Reason, string IdempotencyKey) : ICommand;

/// <summary>A counted correction with a reason, as the API's adjust does; it cannot take on-hand below what is held (409).</summary>
public sealed record AdjustStockAt(int ProductId, string Warehouse, int Delta, string? Reason, string IdempotencyKey) : ICommand;

/// <summary>Re-derives every stock figure from the ledger and the reservations, as the API's audit does.</summary>
public sealed record GetStockAudit : IQuery<StockAuditResult>;

/// <summary>Whether every stored figure is explained; <see cref="Drifts"/> counts those that are not.</summary>
public sealed record StockAuditResult(bool Consistent, int StockItems, long Movements, int Drifts);
