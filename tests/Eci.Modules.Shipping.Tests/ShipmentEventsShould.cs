using System.Text.Json;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Http;
using Xunit;

namespace Eci.Modules.Shipping.Tests;

public sealed class ShipmentEventsShould
{
    private static readonly JsonSerializerOptions Json = EciJson.Create();

    [Fact]
    public void Read_outbox_rows_stored_while_the_order_id_was_a_string()
    {
        var orderId = Guid.NewGuid();
        var at = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        var created = JsonSerializer.Serialize(new { ShipmentId = Guid.NewGuid(), OrderId = orderId.ToString(), CustomerId = 7, TrackingNumber = "ECI-1", OccurredAt = at }, Json);
        var moved = JsonSerializer.Serialize(
            new { ShipmentId = Guid.NewGuid(), OrderId = orderId.ToString(), CustomerId = 7, From = "preparing", To = "shipped", TrackingNumber = "ECI-1", Carrier = "DHL", OccurredAt = at }, Json);

        Assert.Equal(orderId, JsonSerializer.Deserialize<ShipmentCreated>(created, Json)!.OrderId);
        Assert.Equal(orderId, JsonSerializer.Deserialize<ShipmentStatusChanged>(moved, Json)!.OrderId);
        Assert.Equal(created, JsonSerializer.Serialize(JsonSerializer.Deserialize<ShipmentCreated>(created, Json), Json));
    }
}
