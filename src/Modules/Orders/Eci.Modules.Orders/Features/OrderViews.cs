using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Shared.Contracts;

namespace Eci.Modules.Orders.Features;

/// <summary>Maps an order to the view other parts of the product read.</summary>
internal static class OrderViews
{
    public static OrderView From(Order o)
    {
        Money Amount(long minor) => new(minor, o.Currency);
        return new OrderView(o.Id, o.CustomerId, o.Status, o.PaymentStatus, o.CancellationReason,
            Amount(o.SubtotalMinor), Amount(o.TaxMinor), Amount(o.ShippingMinor), Amount(o.TotalMinor), o.PaymentMethod,
            o.Lines.Select(l => new OrderLineView(l.ProductId, l.Sku, l.Name, Amount(l.UnitPriceMinor), l.Quantity, Amount(l.LineTotalMinor))).ToList(),
            o.ShippingAddress, o.ReservationId, o.PaymentId, o.ShipmentId, o.CreatedAt, o.UpdatedAt);
    }
}
