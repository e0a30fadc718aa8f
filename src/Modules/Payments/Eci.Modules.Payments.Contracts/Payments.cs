using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Payments.Contracts;

/// <summary>
/// Charges a customer for an order, at most once per order: repeating it returns the first payment. The gateway call
/// carries a key derived from the order, so even a retry after a crash cannot charge twice. A declined or failed
/// charge is not an error: it answers a payment with status <c>failed</c> and its failure code.
/// </summary>
public sealed record ChargeOrder(Guid OrderId, int CustomerId, Money Amount, string Method, string? PaymentToken = null) : ICommand<PaymentDto>;

/// <summary>
/// Refunds all (no <see cref="Amount"/>) or part of a succeeded payment. Refunds never add up to more than was
/// captured (409 <c>refund_exceeds_captured</c>); a payment that did not succeed cannot be refunded (409).
/// <see cref="IdempotencyKey"/> makes a retry return the first refund.
/// </summary>
public sealed record RefundPayment(Guid PaymentId, Money? Amount, string Reason, string? IdempotencyKey = null) : ICommand<PaymentDto>;

/// <summary>A payment by id; null when there is none.</summary>
public sealed record GetPayment(Guid PaymentId) : IQuery<PaymentDto?>;

/// <summary>The payments of an order, oldest first.</summary>
public sealed record GetOrderPayments(Guid OrderId) : IQuery<IReadOnlyList<PaymentDto>>;

/// <summary>
/// A payment: <c>pending</c> → <c>succeeded</c> | <c>failed</c>; a succeeded payment may become
/// <c>partially_refunded</c> and then <c>refunded</c>.
/// </summary>
public sealed record PaymentDto(
    Guid Id,
    Guid OrderId,
    int CustomerId,
    Money Amount,
    Money Refunded,
    string Method,
    string Status,
    string? FailureCode,
    string? FailureMessage,
    string? GatewayReference,
    DateTime CreatedAt,
    DateTime UpdatedAt);
