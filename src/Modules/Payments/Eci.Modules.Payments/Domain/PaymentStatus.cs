using Eci.Modules.Payments.Contracts;

namespace Eci.Modules.Payments.Domain;

internal static class PaymentStatus
{
    public const string Pending = PaymentStatuses.Pending;
    public const string Succeeded = PaymentStatuses.Succeeded;
    public const string Failed = PaymentStatuses.Failed;
    public const string PartiallyRefunded = PaymentStatuses.PartiallyRefunded;
    public const string Refunded = PaymentStatuses.Refunded;
}
