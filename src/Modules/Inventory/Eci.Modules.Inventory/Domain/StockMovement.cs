namespace Eci.Modules.Inventory.Domain;

// One entry of the append-only stock ledger. The deltas of all entries of a stock item add up to its figures, so every
// figure can be explained and re-derived.
internal sealed class StockMovement
{
    private StockMovement()
    {
    }

    public long Id { get; private set; }

    public int StockItemId { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    // One of MovementTypes.
    public string Type { get; private set; } = string.Empty;

    public int Quantity { get; private set; }

    public int OnHandDelta { get; private set; }

    public int ReservedDelta { get; private set; }

    public int CommittedDelta { get; private set; }

    public string? Reason { get; private set; }

    // What caused it: an order id, a seed row, an admin's note.
    public string? Reference { get; private set; }

    public Guid? ReservationId { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public static StockMovement Of(StockItem item, string type, StockDelta delta, DateTime now, string? reason = null, string? reference = null, Guid? reservationId = null) =>
        Of(item.Id, item.ProductId, item.WarehouseId, type, delta, now, reason, reference, reservationId);

    public static StockMovement Of(int stockItemId, int productId, int warehouseId, string type, StockDelta delta, DateTime now,
        string? reason = null, string? reference = null, Guid? reservationId = null) => new()
        {
            StockItemId = stockItemId,
            ProductId = productId,
            WarehouseId = warehouseId,
            Type = type,
            Quantity = delta.Quantity,
            OnHandDelta = delta.OnHand,
            ReservedDelta = delta.Reserved,
            CommittedDelta = delta.Committed,
            Reason = reason,
            Reference = reference,
            ReservationId = reservationId,
            OccurredAt = now,
        };
}
