using System.Text.Json.Serialization;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.GetOrder;
using Eci.Shared.Contracts;
using Eci.Shared.Preconditions;

namespace Eci.Modules.Orders.Features;

/// <summary>An order as the API shows it: money as decimals of its currency, lines as sold.</summary>
internal sealed record OrderResponse(
    Guid Id,
    int CustomerId,
    string Status,
    string PaymentStatus,
    string? CancellationReason,
    string Currency,
    decimal Subtotal,
    decimal Tax,
    decimal Shipping,
    decimal Total,
    string PaymentMethod,
    IReadOnlyList<OrderItemResponse> Items,
    PostalAddress ShippingAddress,
    Guid? ReservationId,
    Guid? PaymentId,
    Guid? ShipmentId,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersionedResource
{
    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>The order's shipments, one per warehouse (ADR 0047); shown by the read of one order only.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OrderShipmentResponse>? Shipments { get; init; }

    /// <summary>Where an order is read, as a placing call's answer names it.</summary>
    public static string LocationOf(Guid id) => $"/v1/orders/{id}";

    public static OrderResponse From(Order o)
    {
        decimal Amount(long minor) => new Money(minor, o.Currency).ToDecimal();
        return new OrderResponse(o.Id, o.CustomerId, o.Status, o.PaymentStatus, o.CancellationReason, o.Currency,
            Amount(o.SubtotalMinor), Amount(o.TaxMinor), Amount(o.ShippingMinor), Amount(o.TotalMinor), o.PaymentMethod,
            o.Lines.Select(l => new OrderItemResponse(l.ProductId, l.Sku, l.Name, Amount(l.UnitPriceMinor), l.Quantity, Amount(l.LineTotalMinor))).ToList(),
            o.ShippingAddress,
            o.ReservationId, o.PaymentId, o.ShipmentId, o.CreatedAt, o.UpdatedAt)
        {
            Version = o.Version,
        };
    }
}
