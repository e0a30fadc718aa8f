namespace Eci.Modules.Orders.Domain;

/// <summary>A line as sold: the product's name and unit price at the time of the order.</summary>
internal sealed class OrderLine
{
    private OrderLine()
    {
    }

    public OrderLine(int productId, string sku, string name, long unitPriceMinor, int quantity)
    {
        ProductId = productId;
        Sku = sku;
        Name = name;
        UnitPriceMinor = unitPriceMinor;
        Quantity = quantity;
    }

    public int Id { get; private set; }

    public int ProductId { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public long UnitPriceMinor { get; private set; }

    public int Quantity { get; private set; }

    public long LineTotalMinor => UnitPriceMinor * Quantity;
}
