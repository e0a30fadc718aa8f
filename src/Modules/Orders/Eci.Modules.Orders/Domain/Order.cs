using Eci.Modules.Orders.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Orders.Domain;

/// <summary>
/// An order and where its workflow stands. <c>pending</c> → <c>stock_reserved</c> → <c>paid</c> → <c>fulfilling</c> →
/// <c>completed</c> (or <c>returned</c>); any step before the shipment leaves may end in <c>cancelled</c> with a reason,
/// through <c>cancelling</c>: the cancel's intent, saved before its first effect, so that a crash leaves it where the
/// recovery worker finishes it. The workflow saves the order after every step.
/// </summary>
internal sealed class Order
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

    public OrderAddress ShippingAddress { get; private set; } = null!;

    public Guid? ReservationId { get; private set; }

    public Guid? PaymentId { get; private set; }

    public Guid? ShipmentId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Until when one worker (a request or the recovery worker) drives this order's workflow.</summary>
    public DateTime? LeaseUntil { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public Money Total => new(TotalMinor, Currency);

    public bool IsSettled => Status is OrderStatus.Completed or OrderStatus.Cancelled or OrderStatus.Returned;

    /// <summary>True while the workflow still has steps to run on its own (it waits on the shipment after that).</summary>
    public bool HasPendingSteps => Status is OrderStatus.Pending or OrderStatus.StockReserved or OrderStatus.Paid or OrderStatus.Cancelling;

    /// <summary>True while captured money of this order has not all been given back.</summary>
    public bool HoldsMoney => PaymentStatus is OrderPaymentStatus.Paid or OrderPaymentStatus.PartiallyRefunded;

    public static Order Place(int customerId, IReadOnlyList<OrderLine> lines, OrderTotals totals, string paymentMethod, string? paymentToken, OrderAddress address, DateTime now)
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

    public void Completed(DateTime now) => Advance(OrderStatus.Fulfilling, OrderStatus.Completed, now, () => { });

    public void Returned(DateTime now)
    {
        if (Status is not (OrderStatus.Fulfilling or OrderStatus.Completed))
        {
            throw Illegal(OrderStatus.Returned);
        }

        Move(OrderStatus.Returned, now);
    }

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

    /// <summary>
    /// The cancel's point of no return: from here on its effects are finished, by this request or by the recovery
    /// worker. The first reason stands; a cancel begun already is not begun again.
    /// </summary>
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

    /// <summary>Takes the lease for driving the workflow; false when another worker holds it.</summary>
    public bool TryLease(DateTime now, TimeSpan length)
    {
        if (LeaseUntil > now)
        {
            return false;
        }

        LeaseUntil = now + length;
        Version++;
        return true;
    }

    public void ReleaseLease() => LeaseUntil = null;

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

/// <summary>Where an order is shipped; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
internal sealed record OrderAddress(string Line1, string? Line2, string City, string PostalCode, string Country);

internal static class OrderStatus
{
    public const string Pending = OrderStatuses.Pending;
    public const string StockReserved = OrderStatuses.StockReserved;
    public const string Paid = OrderStatuses.Paid;
    public const string Fulfilling = OrderStatuses.Fulfilling;
    public const string Completed = OrderStatuses.Completed;
    public const string Cancelling = OrderStatuses.Cancelling;
    public const string Cancelled = OrderStatuses.Cancelled;
    public const string Returned = OrderStatuses.Returned;

    public static readonly IReadOnlyList<string> All = [Pending, StockReserved, Paid, Fulfilling, Completed, Cancelling, Cancelled, Returned];
}

internal static class OrderPaymentStatus
{
    public const string Unpaid = OrderPaymentStatuses.Unpaid;
    public const string Paid = OrderPaymentStatuses.Paid;
    public const string PartiallyRefunded = OrderPaymentStatuses.PartiallyRefunded;
    public const string Refunded = OrderPaymentStatuses.Refunded;
    public const string Failed = OrderPaymentStatuses.Failed;
}
