using Eci.Shared.Errors;

namespace Eci.Modules.Shipping.Domain;

/// <summary>The shipment of one order's units from one warehouse; every status it takes is kept in <see cref="History"/>.</summary>
internal sealed class Shipment
{
    private readonly List<ShipmentItemLine> _items = [];
    private readonly List<TrackingEvent> _history = [];

    private Shipment()
    {
    }

    public Guid Id { get; private set; }

    // The order's id as text: the column predates Guid order ids in the contracts.
    public string OrderId { get; private set; } = string.Empty;

    public int CustomerId { get; private set; }

    // Empty when the units' warehouse is not known (shipments made before orders were split by warehouse).
    public string Warehouse { get; private set; } = string.Empty;

    public string Status { get; private set; } = ShipmentStatus.Preparing;

    public string Carrier { get; private set; } = string.Empty;

    public string TrackingNumber { get; private set; } = string.Empty;

    public ShipmentAddress Address { get; private set; } = null!;

    public DateTime? ShippedAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ShipmentItemLine> Items => _items;

    public IReadOnlyList<TrackingEvent> History => _history;

    public static Shipment Create(string orderId, int customerId, string warehouse, string carrier, string trackingNumber, ShipmentAddress address, IEnumerable<ShipmentItemLine> items, DateTime now)
    {
        var shipment = new Shipment
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            CustomerId = customerId,
            Warehouse = warehouse,
            Carrier = carrier,
            TrackingNumber = trackingNumber,
            Address = address,
            CreatedAt = now,
            UpdatedAt = now,
        };
        shipment._items.AddRange(items);
        shipment._history.Add(new TrackingEvent(ShipmentStatus.Preparing, now, null));
        return shipment;
    }

    // False when it is there already; 409 when the move is illegal.
    public bool MoveTo(string to, string? note, DateTime now)
    {
        if (Status == to)
        {
            return false;
        }

        if (!ShipmentStatus.CanMove(Status, to))
        {
            throw new ConflictException("illegal_transition", $"Shipment {Id} is {Status}; it cannot become {to}.");
        }

        Status = to;
        if (to == ShipmentStatus.Shipped)
        {
            ShippedAt = now;
        }
        else if (to == ShipmentStatus.Delivered)
        {
            DeliveredAt = now;
        }

        UpdatedAt = now;
        Version++;
        _history.Add(new TrackingEvent(to, now, note));
        return true;
    }
}
