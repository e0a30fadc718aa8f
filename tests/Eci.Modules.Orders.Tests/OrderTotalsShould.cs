using Eci.Modules.Orders.Domain;
using Xunit;

namespace Eci.Modules.Orders.Tests;

public sealed class OrderTotalsShould
{
    [Fact]
    public void Match_the_seed_example_to_the_cent()
    {
        OrderLine[] lines = [new(1, "SKU0001", "Prod1", 70668, 1), new(2, "SKU0002", "Prod2", 156001, 2)];

        var totals = OrderTotals.Compute("INR", lines, taxPercent: 5m, shippingMinor: 1000);

        Assert.Equal((382670L, 19134L, 1000L, 402804L), (totals.Subtotal, totals.Tax, totals.Shipping, totals.Total));
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(9, 0)]
    [InlineData(30, 2)]
    public void Round_tax_half_up_to_the_minor_unit(long subtotal, long tax)
    {
        Assert.Equal(tax, OrderTotals.Compute("INR", [new OrderLine(1, "S", "P", subtotal, 1)], 5m, 0).Tax);
    }
}
