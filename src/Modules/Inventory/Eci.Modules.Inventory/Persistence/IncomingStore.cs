using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Features;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>Reads incoming stock as the API shows it, records a receipt against it (never past what was expected) and announces changes.</summary>
internal sealed class IncomingStore(InventoryDbContext db)
{
    public async Task<Func<IncomingStock, IncomingResponse>> ResponsesAsync(CancellationToken cancellationToken)
    {
        var codes = await db.WarehouseCodesAsync(cancellationToken);
        return i => IncomingResponse.Of(i, codes[i.WarehouseId]);
    }

    public async Task<IncomingStock> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Incoming.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException("Incoming stock", id);

    public async Task<IncomingResponse> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ResponsesAsync(cancellationToken))(await FindAsync(id, cancellationToken));

    // One guarded update: of two receipts racing for the last units, one gets them and the other 409, never both.
    // Returns the row after it and the units this receipt added.
    public async Task<(IncomingStock After, int Arrived)> ReceiveAsync(Guid id, int? quantity, DateTime now, CancellationToken cancellationToken)
    {
        var before = await FindAsync(id, cancellationToken);
        var amount = quantity ?? before.Outstanding;
        var received = amount > 0 && await db.Incoming
            .Where(i => i.Id == id && i.Status == IncomingStatuses.Open && i.ReceivedQuantity + amount <= i.Quantity)
            .ExecuteUpdateAsync(u => u
                .SetProperty(i => i.ReceivedQuantity, i => i.ReceivedQuantity + amount)
                .SetProperty(i => i.Status, i => i.ReceivedQuantity + amount == i.Quantity ? IncomingStatuses.Received : IncomingStatuses.Open)
                .SetProperty(i => i.UpdatedAt, now), cancellationToken) == 1;
        var after = await FindAsync(id, cancellationToken);
        return received
            ? (after, amount)
            : throw new ConflictException(InventoryErrorCodes.IncomingExceeded, after.Status == IncomingStatuses.Received
                ? $"Incoming stock {id} was received in full already."
                : $"Incoming stock {id} has {after.Outstanding} units outstanding, fewer than {amount}; receive the rest as ordinary stock.");
    }

    public void Announce(IncomingResponse i, DateTime now) =>
        db.Enqueue(new IncomingStockChanged(i.Id, i.ProductId, i.Warehouse, i.Quantity, i.ReceivedQuantity, i.ExpectedAt, i.Status, now), now);
}
