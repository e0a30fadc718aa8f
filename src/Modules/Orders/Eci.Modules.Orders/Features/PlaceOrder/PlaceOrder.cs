using System.Text.Json.Serialization;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.PlaceOrder;

/// <summary>The body of <c>POST /v1/orders</c>; prices come from the catalog, a client's price is never read.</summary>
internal sealed record PlaceOrder(
    IReadOnlyList<OrderItemRequest>? Items,
    PostalAddress? ShippingAddress,
    string? PaymentMethod,
    string? PaymentToken,
    string? Currency,
    int? CustomerId,
    string? IdempotencyKey) : ICommand<OrderResponse>
{
    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}
