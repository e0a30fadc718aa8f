namespace Eci.Modules.Orders.Domain;

/// <summary>Units of one product that arrived, where, and whether they were restocked or written off.</summary>
internal sealed class ReturnReceiptLine
{
    private ReturnReceiptLine()
    {
    }

    public ReturnReceiptLine(int productId, int quantity, string disposition, string warehouse)
    {
        ProductId = productId;
        Quantity = quantity;
        Disposition = disposition;
        Warehouse = warehouse;
    }

    public int Id { get; private set; }

    public int ProductId { get; private set; }

    public int Quantity { get; private set; }

    // One of Inventory's StockDispositions.
    public string Disposition { get; private set; } = string.Empty;

    public string Warehouse { get; private set; } = string.Empty;
}
