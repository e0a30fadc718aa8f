using Eci.Modules.Orders.Domain;
using Eci.Shared.Contracts;

namespace Eci.Modules.Orders.Features;

/// <summary>A return as the API shows it; <c>refund_amount</c> is an estimate until it is received, then what was refunded.</summary>
internal sealed record ReturnResponse(
    Guid Id,
    Guid OrderId,
    int CustomerId,
    string Status,
    IReadOnlyList<ReturnLineResponse> Lines,
    IReadOnlyList<ReturnReceiptLineResponse> Received,
    decimal RefundAmount,
    string Currency,
    string? RejectionReason,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ReceivedAt)
{
    public static ReturnResponse From(OrderReturn r) => new(
        r.Id,
        r.OrderId,
        r.CustomerId,
        r.Status,
        r.Lines.Select(l => new ReturnLineResponse(l.ProductId, l.Quantity, l.Reason)).ToList(),
        r.Receipt.Select(l => new ReturnReceiptLineResponse(l.ProductId, l.Quantity, l.Disposition, l.Warehouse)).ToList(),
        new Money(r.RefundMinor, r.Currency).ToDecimal(),
        r.Currency,
        r.RejectionReason,
        r.CreatedAt,
        r.UpdatedAt,
        r.ReceivedAt);
}
