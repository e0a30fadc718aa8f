namespace Eci.Modules.Inventory.Domain;

/// <summary>
/// Stock on its way to a warehouse, e.g. a purchase-order line: expected on a date, received whole or in parts, each part
/// on hand through the ledger when it arrives. Until then it only counts towards promise dates.
/// </summary>
internal sealed class IncomingStock
{
    public const int ReferenceMaxLength = 200;

    private IncomingStock()
    {
    }

    public Guid Id { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    public int Quantity { get; private set; }

    // Never above Quantity; the row is received once it reaches it (IncomingStore's guarded update).
    public int ReceivedQuantity { get; private set; }

    public DateOnly ExpectedAt { get; private set; }

    public string? Reference { get; private set; }

    // One of IncomingStatuses.
    public string Status { get; private set; } = IncomingStatuses.Open;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Outstanding => Quantity - ReceivedQuantity;

    public static IncomingStock Expect(int productId, int warehouseId, int quantity, DateOnly expectedAt, string? reference, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProductId = productId,
        WarehouseId = warehouseId,
        Quantity = quantity,
        ExpectedAt = expectedAt,
        Reference = reference,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
