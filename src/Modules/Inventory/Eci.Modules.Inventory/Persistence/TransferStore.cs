using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Features;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>Reads transfers as the API shows them, closes one (received or cancelled, once) and announces changes.</summary>
internal sealed class TransferStore(InventoryDbContext db)
{
    public async Task<Func<StockTransfer, TransferResponse>> ResponsesAsync(CancellationToken cancellationToken)
    {
        var codes = await db.WarehouseCodesAsync(cancellationToken);
        return t => TransferResponse.Of(t, codes[t.FromWarehouseId], codes[t.ToWarehouseId]);
    }

    public async Task<TransferResponse> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var transfer = await db.Transfers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Transfer", id);
        return (await ResponsesAsync(cancellationToken))(transfer);
    }

    // The guarded update lets one of two racing requests (a receipt and a cancellation, say) close the transfer; the
    // other gets 409 and changes nothing.
    public async Task<StockTransfer> CloseAsync(Guid id, string status, DateTime now, CancellationToken cancellationToken)
    {
        var closed = await db.Transfers.Where(t => t.Id == id && t.Status == TransferStatuses.InTransit)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, status).SetProperty(t => t.ClosedAt, now), cancellationToken) == 1;
        var transfer = await db.Transfers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Transfer", id);
        return closed
            ? transfer
            : throw new ConflictException(InventoryErrorCodes.TransferClosed, $"Transfer {id} is {transfer.Status} already; only a transfer in transit can be received or cancelled.");
    }

    public void Announce(TransferResponse t, DateTime now) =>
        db.Enqueue(new StockTransferChanged(t.Id, t.ProductId, t.From, t.To, t.Quantity, t.Status, now), now);
}
