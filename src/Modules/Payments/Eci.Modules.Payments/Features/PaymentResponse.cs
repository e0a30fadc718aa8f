using Eci.Modules.Payments.Domain;
using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Features;

/// <summary>A payment as the API shows it: amounts as decimals of its currency.</summary>
internal sealed record PaymentResponse(
    Guid Id,
    string OrderId,
    int CustomerId,
    decimal Amount,
    string Currency,
    decimal RefundedAmount,
    string Method,
    string Status,
    string? FailureCode,
    string? FailureMessage,
    string? GatewayReference,
    IReadOnlyList<RefundResponse> Refunds,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>Where a payment is read, as a charging call's answer names it.</summary>
    public static string LocationOf(Guid id) => $"/v1/payments/{id}";

    public static PaymentResponse From(Payment p) => new(
        p.Id, p.OrderId, p.CustomerId, p.Amount.ToDecimal(), p.Currency, p.Refunded.ToDecimal(), p.Method, p.Status,
        p.FailureCode, p.FailureMessage, p.GatewayReference,
        p.Refunds.Select(r => new RefundResponse(r.Id, new Money(r.AmountMinor, p.Currency).ToDecimal(), r.Reason, r.CreatedAt)).ToList(),
        p.CreatedAt, p.UpdatedAt);
}
