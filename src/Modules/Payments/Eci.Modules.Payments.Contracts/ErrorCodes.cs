namespace Eci.Modules.Payments.Contracts;

/// <summary>The problem codes of Payments that other modules and callers compare.</summary>
public static class PaymentErrorCodes
{
    public const string PaymentNotRefundable = "payment_not_refundable";
    public const string RefundExceedsCaptured = "refund_exceeds_captured";
    public const string RefundFailed = "refund_failed";

    /// <summary>The processor's circuit is open: a 503 with <c>Retry-After</c>; nothing was charged or recorded.</summary>
    public const string ProcessorUnavailable = "payment_processor_unavailable";
}
