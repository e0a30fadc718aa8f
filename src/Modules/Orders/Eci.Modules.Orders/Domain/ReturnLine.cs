namespace Eci.Modules.Orders.Domain;

/// <summary>Units of one product a return asks to send back, and why.</summary>
internal sealed class ReturnLine
{
    private ReturnLine()
    {
    }

    public ReturnLine(int productId, int quantity, string? reason)
    {
        ProductId = productId;
        Quantity = quantity;
        Reason = reason;
    }

    public int Id { get; private set; }

    public int ProductId { get; private set; }

    public int Quantity { get; private set; }

    public string? Reason { get; private set; }
}
