using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>What another module may know of an order: its owner, state, address and lines; null when there is none.</summary>
public sealed record GetOrderSummary(Guid OrderId) : IQuery<OrderSummary?>;

/// <summary>An order as other modules see it; <see cref="Status"/> is one of <see cref="OrderStatuses"/>, <see cref="PaymentStatus"/> one of <see cref="OrderPaymentStatuses"/>.</summary>
public sealed record OrderSummary(Guid OrderId, int CustomerId, string Status, PostalAddress ShipTo, IReadOnlyList<OrderLineSummary> Lines, string PaymentStatus = OrderPaymentStatuses.Unpaid);

/// <summary>
/// Where an order stands. <c>cancelling</c> means a cancel passed its point of no return and is being finished (the
/// recovery worker completes it after a crash).
/// </summary>
public static class OrderStatuses
{
    public const string Pending = "pending";
    public const string StockReserved = "stock_reserved";
    public const string Paid = "paid";
    public const string Fulfilling = "fulfilling";
    public const string Completed = "completed";
    public const string Cancelling = "cancelling";
    public const string Cancelled = "cancelled";
    public const string Returned = "returned";

    /// <summary>Delivered, and some of its units came back through a return (all of them make it <see cref="Returned"/>).</summary>
    public const string PartiallyReturned = "partially_returned";

    /// <summary>True when the order's goods may still be sent: it is paid and no cancel has begun.</summary>
    public static bool MayShip(string status) => status is Paid or Fulfilling;
}

/// <summary>Where an order's money stands.</summary>
public static class OrderPaymentStatuses
{
    public const string Unpaid = "unpaid";
    public const string Paid = "paid";
    public const string Failed = "failed";
    public const string PartiallyRefunded = "partially_refunded";
    public const string Refunded = "refunded";
}

/// <summary>Why an order was cancelled (<see cref="OrderCancelled.Reason"/>).</summary>
public static class CancellationReasons
{
    public const string OutOfStock = "out_of_stock";
    public const string PaymentDeclined = "payment_declined";
    public const string StockUnavailable = "stock_unavailable";
    public const string ShipmentFailed = "shipment_failed";
    public const string ShipmentCancelled = "shipment_cancelled";
    public const string CustomerCancelled = "customer_cancelled";
    public const string AdminCancelled = "admin_cancelled";
    public const string Refunded = "refunded";
}

/// <summary>The problem codes of Orders that other modules and callers compare.</summary>
public static class OrderErrorCodes
{
    /// <summary>Another worker is driving the order right now; retry shortly.</summary>
    public const string OrderBusy = "order_busy";
}
