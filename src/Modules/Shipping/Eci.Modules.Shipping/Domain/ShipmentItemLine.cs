namespace Eci.Modules.Shipping.Domain;

internal sealed class ShipmentItemLine(int productId, string name, int quantity)
{
    public int Id { get; private set; }

    public int ProductId { get; private set; } = productId;

    public string Name { get; private set; } = name;

    public int Quantity { get; private set; } = quantity;
}
