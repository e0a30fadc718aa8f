using Eci.Modules.Orders.Domain;
using Eci.Shared.Contracts;
using Xunit;

namespace Eci.Modules.Orders.Tests;

public sealed class ReturnRefundShould
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    // Three units at 33.33: subtotal 99.99, tax 5 % = 4.9995, rounded to 5.00, and a 10.00 fee.
    private static Order ThreeUnits() => Order.Place(7, [new OrderLine(1, "S", "P", 3333, 3)],
        OrderTotals.Compute("INR", [new OrderLine(1, "S", "P", 3333, 3)], 5m, 1000), "card", null, new PostalAddress("1 A St", null, "Pune", "411001", "IN"), Now);

    [Fact]
    public void Give_back_exactly_the_order_total_over_returns_of_one_unit_each()
    {
        var order = ThreeUnits();
        var back = new Dictionary<int, int>();
        var refunds = new List<long>();

        for (var i = 0; i < 3; i++)
        {
            var one = new Dictionary<int, int> { [1] = 1 };
            refunds.Add(ReturnRefund.Compute(order, back, one));
            back = ReturnRefund.Add(back, one);
        }

        Assert.Equal([3333 + 167, 3333 + 166, 3333 + 167 + 1000], refunds);
        Assert.Equal(order.TotalMinor, refunds.Sum());
    }

    [Fact]
    public void Add_the_shipping_fee_only_with_the_last_unit_back()
    {
        var order = ThreeUnits();

        var two = ReturnRefund.Compute(order, new Dictionary<int, int>(), new Dictionary<int, int> { [1] = 2 });
        var all = ReturnRefund.Compute(order, new Dictionary<int, int>(), new Dictionary<int, int> { [1] = 3 });

        Assert.Equal(6666 + 333, two);
        Assert.Equal(order.TotalMinor, all);
        Assert.False(ReturnRefund.IsWhole(order, new Dictionary<int, int> { [1] = 2 }));
        Assert.True(ReturnRefund.IsWhole(order, new Dictionary<int, int> { [1] = 3 }));
    }
}
