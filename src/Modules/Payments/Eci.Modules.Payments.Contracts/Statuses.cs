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
