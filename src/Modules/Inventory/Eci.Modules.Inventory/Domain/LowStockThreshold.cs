namespace Eci.Modules.Inventory.Domain;

/// <summary>A product's own low-stock threshold; products without one use the configured default.</summary>
internal sealed class LowStockThreshold
{
    private LowStockThreshold()
    {
    }

    public LowStockThreshold(int productId, int threshold)
    {
        ProductId = productId;
        Threshold = threshold;
    }

    public int ProductId { get; private set; }

    public int Threshold { get; set; }
}
