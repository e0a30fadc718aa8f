using Mediator;

namespace Eci.Modules.Payments.Contracts;

/// <summary>
/// Asked by Payments before an API charge, answered by the module that owns orders: whose the order is; null when
/// there is no such order. Declared here so that Payments does not depend on Orders.
/// </summary>
public sealed record GetPayableOrder(Guid OrderId) : IQuery<PayableOrder?>;

/// <summary>An order a payment may be filed under, and the customer it belongs to.</summary>
public sealed record PayableOrder(Guid OrderId, int CustomerId);

/// <summary>
/// Sent by Payments right after a refund of a payment committed, so that the order the payment belongs to follows
/// before the refund is answered (its payment status; a full refund before the shipment left cancels it). Answered by
/// the module that owns orders, which reads the payment as it stands; repeating it changes nothing. The
/// <see cref="PaymentRefunded"/> event carries the same news for the case where this call never happened (a crash).
/// </summary>
public sealed record ApplyOrderRefund(Guid PaymentId, Guid OrderId) : ICommand;
