namespace Eci.Modules.Inventory.Features.AuditStock;

/// <summary>Ledger sums are 64-bit, so a ledger that went wrong is reported, never an overflow.</summary>
internal sealed record Drift(int ProductId, string Warehouse, string Figure, long Stored, long FromLedger, long? FromReservations);
