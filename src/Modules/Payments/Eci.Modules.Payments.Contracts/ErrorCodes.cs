namespace Eci.Modules.Payments.Contracts;

/// <summary>The problem codes of Payments that other modules and callers compare.</summary>
public static class PaymentErrorCodes
{
    public const string PaymentNotRefundable = "payment_not_refundable";
    public const string RefundExceedsCaptured = "refund_exceeds_captured";
    public const string RefundFailed = "refund_failed";
}
