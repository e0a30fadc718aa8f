namespace Eci.Modules.Inventory.Domain;

/// <summary>
/// Stock on its way from one warehouse to another. While in transit it is on hand nowhere and so sellable nowhere:
/// it left <see cref="FromWarehouseId"/> through the ledger when the transfer started and enters
/// <see cref="ToWarehouseId"/> through the ledger when it is received (or goes back when the transfer is cancelled).
/// </summary>
internal sealed class StockTransfer
{
    public const int ReferenceMaxLength = 200;

    private StockTransfer()
    {
    }

    public Guid Id { get; private set; }

    public int ProductId { get; private set; }

    public int FromWarehouseId { get; private set; }

    public int ToWarehouseId { get; private set; }

    public int Quantity { get; private set; }

    public string? Reference { get; private set; }

    // One of TransferStatuses; it leaves in_transit once, by a guarded update (TransferStore).
    public string Status { get; private set; } = TransferStatuses.InTransit;

    public DateTime CreatedAt { get; private set; }

    // When it was received or cancelled.
    public DateTime? ClosedAt { get; private set; }

    public static StockTransfer Start(int productId, int fromWarehouseId, int toWarehouseId, int quantity, string? reference, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProductId = productId,
        FromWarehouseId = fromWarehouseId,
        ToWarehouseId = toWarehouseId,
        Quantity = quantity,
        Reference = reference,
        CreatedAt = now,
    };
}
