using Eci.Shared.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Orders.Domain;

// pending → stock_reserved → paid → fulfilling → completed (or returned); any step before the shipment leaves may end
// in cancelled through cancelling: the cancel's intent, saved before its first effect so the recovery worker can finish it.
internal sealed class Order : LeasedRecord
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
    }

    public Guid Id { get; private set; }

    public int CustomerId { get; private set; }

    public string Status { get; private set; } = OrderStatus.Pending;

    public string PaymentStatus { get; private set; } = OrderPaymentStatus.Unpaid;

    public string? CancellationReason { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public long SubtotalMinor { get; private set; }

    public long TaxMinor { get; private set; }

    public long ShippingMinor { get; private set; }

    public long TotalMinor { get; private set; }

    public string PaymentMethod { get; private set; } = string.Empty;

    /// <summary>The processor's token for the customer's payment instrument (never card data).</summary>
    public string? PaymentToken { get; private set; }

    public PostalAddress ShippingAddress { get; private set; } = null!;

    public Guid? ReservationId { get; private set; }

    public Guid? PaymentId { get; private set; }

    public Guid? ShipmentId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>When the order was delivered; a customer's return window runs from here.</summary>
    public DateTime? CompletedAt { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public Money Total => new(TotalMinor, Currency);

    public bool IsSettled => Status is OrderStatus.Completed or OrderStatus.Cancelled or OrderStatus.Returned or OrderStatus.PartiallyReturned;

    /// <summary>True when the order was delivered and not all of it has come back.</summary>
    public bool MayBeReturned => Status is OrderStatus.Completed or OrderStatus.PartiallyReturned;

    /// <summary>True while the workflow still has steps to run on its own (it waits on the shipment after that).</summary>
    public bool HasPendingSteps => Status is OrderStatus.Pending or OrderStatus.StockReserved or OrderStatus.Paid or OrderStatus.Cancelling;

    /// <summary>True while captured money of this order has not all been given back.</summary>
    public bool HoldsMoney => PaymentStatus is OrderPaymentStatus.Paid or OrderPaymentStatus.PartiallyRefunded;

    public static Order Place(int customerId, IReadOnlyList<OrderLine> lines, OrderTotals totals, string paymentMethod, string? paymentToken, PostalAddress address, DateTime now)
    {
        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customerId,
            Currency = totals.Currency,
            SubtotalMinor = totals.Subtotal,
            TaxMinor = totals.Tax,
            ShippingMinor = totals.Shipping,
            TotalMinor = totals.Total,
            PaymentMethod = paymentMethod,
            PaymentToken = paymentToken,
            ShippingAddress = address,
            CreatedAt = now,
            UpdatedAt = now,
        };
        order._lines.AddRange(lines);
        return order;
    }

    public void StockReserved(Guid reservationId, DateTime now) => Advance(OrderStatus.Pending, OrderStatus.StockReserved, now, () => ReservationId = reservationId);

    public void Paid(Guid paymentId, DateTime now) => Advance(OrderStatus.StockReserved, OrderStatus.Paid, now, () =>
    {
        PaymentId = paymentId;
        PaymentStatus = OrderPaymentStatus.Paid;
    });

    public void Fulfilling(Guid shipmentId, DateTime now) => Advance(OrderStatus.Paid, OrderStatus.Fulfilling, now, () => ShipmentId = shipmentId);

    public void Completed(DateTime now) => Advance(OrderStatus.Fulfilling, OrderStatus.Completed, now, () => CompletedAt = now);

    /// <summary>Units came back through a return: all of them make the order returned, some partially returned.</summary>
    public void ReturnReceived(bool whole, DateTime now)
    {
        var to = whole ? OrderStatus.Returned : OrderStatus.PartiallyReturned;
        if (Status == to)
        {
            return;
        }

        if (!MayBeReturned)
        {
            throw Illegal(to);
        }

        Move(to, now);
    }

    /// <summary>A return of this order was asked for or is being received: the version moves, so two such changes of one order never pass each other.</summary>
    public void ReturnsChanged(DateTime now) => Touch(now);

    public void Returned(DateTime now)
    {
        if (Status is not (OrderStatus.Fulfilling or OrderStatus.Completed))
        {
            throw Illegal(OrderStatus.Returned);
        }

        Move(OrderStatus.Returned, now);
    }

    /// <summary>One of the order's shipments moved: the order's own figures stay, its version moves, since it shows their progress.</summary>
    public void ShipmentMoved(DateTime now) => Touch(now);

    public void PaymentFailed(Guid paymentId, DateTime now)
    {
        PaymentId = paymentId;
        PaymentStatus = OrderPaymentStatus.Failed;
        Touch(now);
    }

    /// <summary>Records how much of the order's payment was given back; false when the order knew it already.</summary>
    public bool RefundRecorded(bool full, DateTime now)
    {
        var to = full ? OrderPaymentStatus.Refunded : OrderPaymentStatus.PartiallyRefunded;
        if (PaymentStatus == to || PaymentStatus == OrderPaymentStatus.Refunded || !HoldsMoney)
        {
            return false;
        }

        PaymentStatus = to;
        Touch(now);
        return true;
    }

    // The cancel's point of no return: from here its effects are finished, by this request or the recovery worker.
    // The first reason stands.
    public void BeginCancel(string reason, DateTime now)
    {
        if (Status == OrderStatus.Cancelling)
        {
            return;
        }

        if (IsSettled)
        {
            throw Illegal(OrderStatus.Cancelled);
        }

        CancellationReason = reason;
        Move(OrderStatus.Cancelling, now);
    }

    /// <summary>A cancel that cannot happen after all (the shipment left meanwhile) gives the order back its state.</summary>
    public void AbandonCancel(DateTime now)
    {
        if (Status != OrderStatus.Cancelling)
        {
            return;
        }

        CancellationReason = null;
        Move(ShipmentId is null ? OrderStatus.Paid : OrderStatus.Fulfilling, now);
    }

    /// <summary>Ends a cancel once its effects (shipment, refund, stock) are done.</summary>
    public void Cancel(DateTime now)
    {
        if (Status != OrderStatus.Cancelling)
        {
            throw Illegal(OrderStatus.Cancelled);
        }

        Move(OrderStatus.Cancelled, now);
    }

    private void Advance(string from, string to, DateTime now, Action apply)
    {
        if (Status == to)
        {
            return;
        }

        if (Status != from)
        {
            throw Illegal(to);
        }

        apply();
        Move(to, now);
    }

    private void Move(string to, DateTime now)
    {
        Status = to;
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    private ConflictException Illegal(string to) => new("illegal_transition", $"Order {Id} is {Status}; it cannot become {to}.");
}
