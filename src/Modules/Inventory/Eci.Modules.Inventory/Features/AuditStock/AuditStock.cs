using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.Audit;

/// <summary>
/// Re-derives every stock figure two ways — from the ledger, and (for reserved and committed) from the live
/// reservations — and reports each figure that disagrees with what is stored.
/// </summary>
internal sealed record AuditStock : IQuery<AuditReport>;

internal sealed record AuditReport(bool Consistent, int StockItems, long Movements, IReadOnlyList<Drift> Drift);

/// <summary>Ledger sums are 64-bit, so a ledger that went wrong is reported, never an overflow.</summary>
internal sealed record Drift(int ProductId, string Warehouse, string Figure, long Stored, long FromLedger, long? FromReservations);

internal sealed class AuditStockHandler(InventoryDbContext db) : IQueryHandler<AuditStock, AuditReport>
{
    public async ValueTask<AuditReport> Handle(AuditStock query, CancellationToken cancellationToken)
    {
        var items = await db.StockItems.AsNoTracking()
            .Join(db.Warehouses, s => s.WarehouseId, w => w.Id, (s, w) => new { s.Id, s.ProductId, w.Code, s.OnHand, s.Reserved, s.Committed })
            .ToListAsync(cancellationToken);
        var ledger = await db.Movements.AsNoTracking().GroupBy(m => m.StockItemId)
            .Select(g => new
            {
                Id = g.Key,
                Count = g.LongCount(),
                OnHand = g.Sum(m => (long)m.OnHandDelta),
                Reserved = g.Sum(m => (long)m.ReservedDelta),
                Committed = g.Sum(m => (long)m.CommittedDelta),
            })
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        var held = await HeldAsync(ReservationStatus.Active, cancellationToken);
        var committed = await HeldAsync(ReservationStatus.Committed, cancellationToken);

        var drift = new List<Drift>();
        foreach (var item in items)
        {
            var sums = ledger.GetValueOrDefault(item.Id);
            void Check(string figure, long stored, long fromLedger, long? fromReservations)
            {
                if (stored != fromLedger || (fromReservations is { } r && stored != r))
                {
                    drift.Add(new Drift(item.ProductId, item.Code, figure, stored, fromLedger, fromReservations));
                }
            }

            Check("on_hand", item.OnHand, sums?.OnHand ?? 0, null);
            Check("reserved", item.Reserved, sums?.Reserved ?? 0, held.GetValueOrDefault(item.Id));
            Check("committed", item.Committed, sums?.Committed ?? 0, committed.GetValueOrDefault(item.Id));
        }

        return new AuditReport(drift.Count == 0, items.Count, ledger.Values.Sum(x => x.Count), drift);
    }

    private Task<Dictionary<int, long>> HeldAsync(string status, CancellationToken cancellationToken) =>
        db.Reservations.AsNoTracking().Where(r => r.Status == status).SelectMany(r => r.Lines)
            .GroupBy(l => l.StockItemId).Select(g => new { g.Key, Quantity = g.Sum(l => (long)l.Quantity) })
            .ToDictionaryAsync(x => x.Key, x => x.Quantity, cancellationToken);
}

internal static class AuditEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapGet("/audit", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new AuditStock(), ct)))
            .WithName("AuditStock")
            .RequireAuthorization(Policies.Admin);
}
