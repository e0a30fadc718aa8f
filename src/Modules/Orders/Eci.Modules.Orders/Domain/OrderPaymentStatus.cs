using Eci.Modules.Orders.Contracts;

namespace Eci.Modules.Orders.Domain;

internal static class OrderPaymentStatus
{
    public const string Unpaid = OrderPaymentStatuses.Unpaid;
    public const string Paid = OrderPaymentStatuses.Paid;
    public const string PartiallyRefunded = OrderPaymentStatuses.PartiallyRefunded;
    public const string Refunded = OrderPaymentStatuses.Refunded;
    public const string Failed = OrderPaymentStatuses.Failed;
}
