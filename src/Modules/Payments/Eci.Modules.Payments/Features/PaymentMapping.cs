using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Domain;

namespace Eci.Modules.Payments.Features;

/// <summary>A payment as other modules see it (money in minor units); the HTTP shape is <see cref="PaymentResponse"/>.</summary>
internal static class PaymentMapping
{
    public static PaymentDto ToDto(this Payment p) => new(
        p.Id, p.OrderKey(), p.CustomerId, p.Amount, p.Refunded, p.Method, p.Status, p.FailureCode, p.FailureMessage, p.GatewayReference, p.CreatedAt, p.UpdatedAt);

    // The column keeps the order's id as text; every payment is filed under an order's Guid.
    public static Guid OrderKey(this Payment p) => Guid.Parse(p.OrderId);
}
