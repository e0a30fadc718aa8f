using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Orders.Tests;

/// <summary>
/// For one order, the stock, the money and the shipment agree with the order's state: a live order was charged
/// once and its stock is committed or shipped; a cancelled or returned one kept no money and holds no stock.
/// </summary>
internal static class OrderInvariants
{
    public static async Task AssertHoldsAsync(this HostFixture host, string orderId)
    {
        var order = await host.OrderAsync(orderId);
        var status = order.GetProperty("status").GetString();
        var total = order.GetProperty("total").GetDecimal();
        var payments = await host.QueryAsync(new GetOrderPayments(Guid.Parse(orderId)));
        var captured = payments.Where(p => p.Status is "succeeded" or "partially_refunded" or "refunded").ToList();
        var kept = captured.Sum(p => p.Amount.ToDecimal() - p.Refunded.ToDecimal());
        var reservation = order.GetProperty("reservation_id").ValueKind == System.Text.Json.JsonValueKind.Null
            ? null
            : await host.QueryAsync(new GetReservation(order.GetProperty("reservation_id").GetGuid()));
        var shipments = await host.QueryAsync(new GetOrderShipments(Guid.Parse(orderId)));

        switch (status)
        {
            case "fulfilling" or "completed":
                Assert.Single(captured);
                Assert.Equal(total, kept);
                Assert.Contains(reservation?.Status, new[] { "committed", "fulfilled" });
                // One shipment per warehouse the hold took stock from, carrying just that warehouse's units.
                Assert.Equal(
                    reservation!.Lines.GroupBy(l => l.Warehouse).Select(g => (g.Key, g.Sum(l => l.Quantity))).OrderBy(w => w.Key),
                    shipments.Select(s => (s.Warehouse, s.Items.Sum(i => i.Quantity))).OrderBy(w => w.Warehouse));
                break;
            case "partially_returned":
                Assert.Single(captured);
                Assert.InRange(kept, 0.01m, total - 0.01m);
                Assert.Equal("fulfilled", reservation?.Status);
                break;
            case "returned":
                // A parcel back whole returns the reservation; units back through returns are restocked one by one.
                Assert.Equal(0m, kept);
                Assert.Contains(reservation?.Status, new[] { "returned", "fulfilled" });
                break;
            case "cancelled":
                Assert.Equal(0m, kept);
                Assert.True(reservation is null || reservation.Status is "released" or "expired", $"reservation is {reservation?.Status}");
                Assert.All(shipments, s => Assert.Equal("cancelled", s.Status));
                break;
            default:
                Assert.Fail($"order {orderId} stopped at {status}");
                break;
        }

        Assert.True(captured.Count <= 1, $"order {orderId} was charged {captured.Count} times");
    }
}
