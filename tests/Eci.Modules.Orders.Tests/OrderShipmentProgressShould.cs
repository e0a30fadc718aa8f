using Eci.Modules.Orders.Features.SplitShipments;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Contracts;
using Xunit;

namespace Eci.Modules.Orders.Tests;

public sealed class OrderShipmentProgressShould
{
    [Theory]
    [InlineData("delivered,delivered", true, false)]
    [InlineData("delivered,out_for_delivery", false, false)]
    [InlineData("delivered,preparing", false, false)]
    [InlineData("delivered,cancelled", true, false)]
    [InlineData("cancelled,cancelled", false, false)]
    [InlineData("returned,delivered", true, false)]
    [InlineData("returned,returned", false, true)]
    [InlineData("returned,cancelled", false, true)]
    [InlineData("returned,shipped", false, false)]
    [InlineData("", false, false)]
    public void Complete_only_when_every_shipment_is_settled_and_return_only_when_every_carrying_one_came_back(string statuses, bool delivered, bool returned)
    {
        var progress = new OrderShipmentProgress(statuses.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Shipment).ToList());

        Assert.Equal((delivered, returned), (progress.Delivered, progress.Returned));
    }

    private static ShipmentDto Shipment(string status) => new(
        Guid.NewGuid(), Guid.Empty, 1, status, "DHL", "ECI-TEST", new PostalAddress("1 Main St", null, "Pune", "411001", "IN"), [], null, null, DateTime.UnixEpoch, "WH1");
}
