using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;

namespace Eci.Modules.Notifications.Features.RecordEvents;

/// <summary>
/// The public business events the feed records, one line each; an event type not listed here is not recorded.
/// </summary>
internal static class FeedEventKinds
{
    private static readonly FeedEventKind[] Listed =
    [
        FeedEventKind.Of<OrderPlaced>("order.placed", "orders", e => e.OrderId, e => e.OrderId),
        FeedEventKind.Of<OrderPaid>("order.paid", "orders", e => e.OrderId, e => e.OrderId),
        FeedEventKind.Of<OrderCancelled>("order.cancelled", "orders", e => e.OrderId, e => e.OrderId),
        FeedEventKind.Of<OrderCompleted>("order.completed", "orders", e => e.OrderId, e => e.OrderId),
        FeedEventKind.Of<OrderReturned>("order.returned", "orders", e => e.OrderId, e => e.OrderId),
        FeedEventKind.Of<ReturnRequested>("return.requested", "orders", e => e.ReturnId, e => e.OrderId),
        FeedEventKind.Of<ReturnReceived>("return.received", "orders", e => e.ReturnId, e => e.OrderId),
        FeedEventKind.Of<ReturnRejected>("return.rejected", "orders", e => e.ReturnId, e => e.OrderId),
        FeedEventKind.Of<PaymentSucceeded>("payment.succeeded", "payments", e => e.PaymentId, e => e.OrderId),
        FeedEventKind.Of<PaymentFailed>("payment.failed", "payments", e => e.PaymentId, e => e.OrderId),
        FeedEventKind.Of<PaymentRefunded>("payment.refunded", "payments", e => e.PaymentId, e => e.OrderId),
        FeedEventKind.Of<StockReserved>("stock.reserved", "inventory", e => e.ReservationId, e => e.OrderId),
        FeedEventKind.Of<StockReleased>("stock.released", "inventory", e => e.ReservationId, e => e.OrderId),
        FeedEventKind.Of<StockCommitted>("stock.committed", "inventory", e => e.ReservationId, e => e.OrderId),
        FeedEventKind.Of<LowStockDetected>("stock.low", "inventory", e => e.ProductId, _ => null),
        FeedEventKind.Of<ShipmentCreated>("shipment.created", "shipping", e => e.ShipmentId, e => e.OrderId),
        FeedEventKind.Of<NotificationSent>("notification.sent", "notifications", e => e.NotificationId, e => e.OrderId),
        FeedEventKind.Of<ShipmentStatusChanged>("shipment.status_changed", "shipping", e => e.ShipmentId, e => e.OrderId),
    ];

    private static readonly Dictionary<Type, FeedEventKind> ByEventType = Listed.ToDictionary(k => k.EventType);

    /// <summary>The dotted type names the feed can hold, for validating a filter.</summary>
    public static IReadOnlySet<string> Names { get; } = Listed.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);

    public static FeedEventKind? Find(Type eventType) => ByEventType.GetValueOrDefault(eventType);
}
