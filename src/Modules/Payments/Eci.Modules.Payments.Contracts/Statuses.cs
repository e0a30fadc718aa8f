namespace Eci.Modules.Payments.Contracts;

/// <summary>The statuses of a payment (<see cref="PaymentDto.Status"/>), as other modules compare them.</summary>
public static class PaymentStatuses
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string PartiallyRefunded = "partially_refunded";
    public const string Refunded = "refunded";
}

/// <summary>The problem codes of Payments that other modules and callers compare.</summary>
public static class PaymentErrorCodes
{
    public const string PaymentNotRefundable = "payment_not_refundable";
    public const string RefundExceedsCaptured = "refund_exceeds_captured";
    public const string RefundFailed = "refund_failed";
}
