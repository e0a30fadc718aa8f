using Eci.Shared.Errors;

namespace Eci.Modules.Shipping.Domain;

/// <summary>
/// The shipment of one order and its way to the customer. Every status it takes is kept in <see cref="History"/>
/// with its time; <see cref="ShipmentStatus"/> says which moves are legal.
/// </summary>
internal sealed class Shipment
{
    private readonly List<ShipmentItemLine> _items = [];
    private readonly List<TrackingEvent> _history = [];

    private Shipment()
    {
    }

    public Guid Id { get; private set; }

    public string OrderId { get; private set; } = string.Empty;

    public int CustomerId { get; private set; }

    public string Status { get; private set; } = ShipmentStatus.Preparing;

    public string Carrier { get; private set; } = string.Empty;

    public string TrackingNumber { get; private set; } = string.Empty;

    public Destination Address { get; private set; } = null!;

    public DateTime? ShippedAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ShipmentItemLine> Items => _items;

    public IReadOnlyList<TrackingEvent> History => _history;

    public static Shipment Create(string orderId, int customerId, string carrier, string trackingNumber, Destination address, IEnumerable<ShipmentItemLine> items, DateTime now)
    {
        var shipment = new Shipment
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            CustomerId = customerId,
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

    /// <summary>Moves to <paramref name="to"/>; false when it is there already, 409 when the move is illegal.</summary>
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

/// <summary>Where a shipment goes; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
internal sealed record Destination(string Line1, string? Line2, string City, string PostalCode, string Country);

/// <summary>A product in the parcel, with the name it was sold under.</summary>
internal sealed class ShipmentItemLine(int productId, string name, int quantity)
{
    public int Id { get; private set; }

    public int ProductId { get; private set; } = productId;

    public string Name { get; private set; } = name;

    public int Quantity { get; private set; } = quantity;
}

/// <summary>One step of the tracking history: the status taken, when, and why when someone said.</summary>
internal sealed class TrackingEvent(string status, DateTime at, string? note)
{
    public int Id { get; private set; }

    public string Status { get; private set; } = status;

    public DateTime At { get; private set; } = at;

    public string? Note { get; private set; } = note;
}
