namespace Eci.Modules.Inventory.Features.AuditStock;

/// <summary>
/// A stored figure that its ledger does not explain. Ledger sums are 64-bit, so a ledger that went wrong is reported,
/// never an overflow. Warehouse is null for <c>in_transit</c>, a product's units between warehouses.
/// </summary>
internal sealed record Drift(int ProductId, string? Warehouse, string Figure, long Stored, long FromLedger, long? FromReservations);
