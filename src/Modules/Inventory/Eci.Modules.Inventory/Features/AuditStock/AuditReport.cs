namespace Eci.Modules.Inventory.Features.AuditStock;

internal sealed record AuditReport(bool Consistent, int StockItems, long Movements, IReadOnlyList<Drift> Drift);
