using System.Text.RegularExpressions;
using Eci.Modules.Shipping.Domain;
using Eci.Shared.Errors;
using Xunit;

namespace Eci.Modules.Shipping.Tests;

public sealed class ShipmentShould
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Shipment New() => Shipment.Create(
        "order-1", 7, "W1", "DHL", TrackingNumbers.New(), new ShipmentAddress("1 Main St", null, "Pune", "411001", "IN"),
        [new ShipmentItemLine(3, "Kettle", 2)], Start);

    [Fact]
    public void Follow_the_carrier_and_record_each_step_with_its_time()
    {
        var shipment = New();

        shipment.MoveTo(ShipmentStatus.Shipped, null, Start.AddHours(1));
        shipment.MoveTo(ShipmentStatus.InTransit, null, Start.AddHours(2));
        shipment.MoveTo(ShipmentStatus.OutForDelivery, null, Start.AddHours(3));
        shipment.MoveTo(ShipmentStatus.Delivered, "left at the door", Start.AddHours(4));

        Assert.Equal((Start.AddHours(1), Start.AddHours(4)), (shipment.ShippedAt, shipment.DeliveredAt));
        Assert.Equal(
            ["preparing", "shipped", "in_transit", "out_for_delivery", "delivered"],
            shipment.History.Select(e => e.Status));
        Assert.Equal(Start.AddHours(3), shipment.History[3].At);
        Assert.Equal("left at the door", shipment.History[4].Note);
    }

    [Theory]
    [InlineData(new string[0], "delivered")]
    [InlineData(new string[0], "in_transit")]
    [InlineData(new string[0], "returned")]
    [InlineData(new[] { "shipped" }, "cancelled")]
    [InlineData(new[] { "shipped" }, "preparing")]
    [InlineData(new[] { "cancelled" }, "shipped")]
    [InlineData(new[] { "shipped", "in_transit", "out_for_delivery", "delivered" }, "in_transit")]
    [InlineData(new[] { "shipped", "returned" }, "shipped")]
    public void Refuse_a_move_the_carrier_cannot_make(string[] path, string illegal)
    {
        var shipment = New();
        foreach (var status in path)
        {
            shipment.MoveTo(status, null, Start);
        }

        var error = Assert.Throws<ConflictException>(() => shipment.MoveTo(illegal, null, Start));

        Assert.Equal("illegal_transition", error.Code);
        Assert.Equal(path.Length + 1, shipment.History.Count);
    }

    [Fact]
    public void Take_a_return_even_after_delivery()
    {
        var shipment = New();
        foreach (var status in new[] { "shipped", "in_transit", "out_for_delivery", "delivered" })
        {
            shipment.MoveTo(status, null, Start);
        }

        Assert.True(shipment.MoveTo(ShipmentStatus.Returned, "refused", Start.AddDays(1)));
        Assert.Equal("returned", shipment.Status);
    }

    [Fact]
    public void Change_nothing_when_told_the_status_it_has()
    {
        var shipment = New();
        shipment.MoveTo(ShipmentStatus.Shipped, null, Start.AddHours(1));

        Assert.False(shipment.MoveTo(ShipmentStatus.Shipped, null, Start.AddHours(2)));
        Assert.Equal((Start.AddHours(1), 2), (shipment.ShippedAt, shipment.History.Count));
    }

    [Fact]
    public void Draw_distinct_readable_tracking_numbers()
    {
        var numbers = Enumerable.Range(0, 20_000).Select(_ => TrackingNumbers.New()).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(new Regex("^ECI-[0-9A-HJKMNP-TV-Z]{12}$"), n));
    }
}
