namespace Eci.Modules.Notifications.Domain;

/// <summary>What a notification is about; each event type has its templates under Templates/.</summary>
internal static class NotificationTypes
{
    public const string OrderConfirmation = "order_confirmation";
    public const string OrderCancelled = "order_cancelled";
    public const string PaymentFailed = "payment_failed";
    public const string RefundIssued = "refund_issued";
    public const string OrderShipped = "order_shipped";
    public const string OrderDelivered = "order_delivered";

    // A message an admin wrote by hand.
    public const string AdminMessage = "admin_message";

    public static readonly IReadOnlyList<string> FromEvents = [OrderConfirmation, OrderCancelled, PaymentFailed, RefundIssued, OrderShipped, OrderDelivered];
}
