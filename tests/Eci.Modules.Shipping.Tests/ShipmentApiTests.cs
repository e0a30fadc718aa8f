using System.Net;
using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Outbox;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Shipping.Tests;

/// <summary>Shipments over HTTP through the real host: their lifecycle, what it does to the order and the stock, and who sees them.</summary>
public abstract class ShipmentApiTests(HostFixture host)
{
    [Fact]
    public async Task A_shipment_travels_to_delivery_with_its_history_and_completes_the_order()
    {
        var product = await host.ProductAsync(30m, 5);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 2)));
        var id = order.GetProperty("shipment_id").GetString()!;

        var created = await (await shopper.Client.GetAsync($"/v1/shipments/{id}")).JsonAsync();
        Assert.Equal(("preparing", order.GetProperty("id").GetString(), 2), (
            created.GetProperty("status").GetString(), created.GetProperty("order_id").GetString(),
            created.GetProperty("items")[0].GetProperty("quantity").GetInt32()));
        Assert.Matches("^ECI-[0-9A-Z]{12}$", created.GetProperty("tracking_number").GetString());
        Assert.Equal("Bengaluru", created.GetProperty("address").GetProperty("city").GetString());

        foreach (var status in new[] { "shipped", "in_transit", "out_for_delivery", "delivered" })
        {
            await host.SetShipmentStatusAsync(id, status);
        }

        var delivered = await (await shopper.Client.GetAsync($"/v1/shipments/{id}")).JsonAsync();
        Assert.Equal(
            ["preparing", "shipped", "in_transit", "out_for_delivery", "delivered"],
            delivered.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        Assert.True(delivered.GetProperty("shipped_at").GetDateTime() <= delivered.GetProperty("delivered_at").GetDateTime());
        var done = await Poll.UntilAsync(() => host.OrderAsync(order.GetProperty("id").GetString()!), o => o.GetProperty("status").GetString() == "completed");
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal((3, 0, 3), Shop.Figures(await host.StockAsync(product)));
    }

    [Fact]
    public async Task Illegal_moves_are_409_unknown_statuses_422_and_repeating_a_status_changes_nothing()
    {
        var id = await ShipmentOfNewOrderAsync();

        var skip = await host.AdminClient.PutJsonAsync($"/v1/shipments/{id}/status", new { status = "delivered" });
        var unknown = await host.AdminClient.PutJsonAsync($"/v1/shipments/{id}/status", new { status = "lost" });
        var missing = await host.AdminClient.PutJsonAsync($"/v1/shipments/{id}/status", new { note = "no status" });
        await host.SetShipmentStatusAsync(id, "shipped");
        var again = await host.AdminClient.PutJsonAsync($"/v1/shipments/{id}/status", new { status = "shipped" });
        var back = await host.AdminClient.PutJsonAsync($"/v1/shipments/{id}/status", new { status = "cancelled" });
        var nowhere = await host.AdminClient.PutJsonAsync($"/v1/shipments/{Guid.NewGuid()}/status", new { status = "shipped" });

        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Equal("illegal_transition", (await skip.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await again.JsonAsync()).GetProperty("history").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
    }

    [Fact]
    public async Task A_returned_shipment_puts_the_stock_back_and_marks_the_order_returned()
    {
        var product = await host.ProductAsync(12m, 5);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 2)));
        var id = order.GetProperty("shipment_id").GetString()!;
        await host.SetShipmentStatusAsync(id, "shipped");
        await Poll.UntilAsync(() => host.StockAsync(product), s => s.GetProperty("on_hand").GetInt32() == 3);

        await host.SetShipmentStatusAsync(id, "returned");

        var returned = await Poll.UntilAsync(() => host.OrderAsync(order.GetProperty("id").GetString()!), o => o.GetProperty("status").GetString() == "returned");
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal((5, 0, 5), Shop.Figures(await Poll.UntilAsync(() => host.StockAsync(product), s => s.GetProperty("on_hand").GetInt32() == 5)));
    }

    [Fact]
    public async Task A_shipment_cancelled_at_the_warehouse_cancels_the_order_with_a_refund()
    {
        var product = await host.ProductAsync(20m, 4);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));

        await host.SetShipmentStatusAsync(order.GetProperty("shipment_id").GetString()!, "cancelled");

        var cancelled = await Poll.UntilAsync(() => host.OrderAsync(order.GetProperty("id").GetString()!), o => o.GetProperty("status").GetString() == "cancelled");
        Assert.Equal(("shipment_cancelled", "refunded"), (cancelled.GetProperty("cancellation_reason").GetString(), cancelled.GetProperty("payment_status").GetString()));
        Assert.Equal((4, 0, 4), Shop.Figures(await host.StockAsync(product)));
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_shipments()
    {
        var product = await host.ProductAsync(8m, 3);
        var owner = await host.ShopperAsync();
        var other = await host.ShopperAsync();
        var order = await owner.PlacedAsync(Shop.Order(null, (product, 1)));
        var id = order.GetProperty("shipment_id").GetString();
        var byOrder = $"/v1/shipments?order_id={order.GetProperty("id").GetString()}";

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/v1/shipments/{id}")).StatusCode);
        Assert.Equal(0, (await (await other.Client.GetAsync(byOrder)).JsonAsync()).GetProperty("total").GetInt64());
        var mine = await (await owner.Client.GetAsync(byOrder)).JsonAsync();
        Assert.Equal(id, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.Client.PutJsonAsync($"/v1/shipments/{id}/status", new { status = "shipped" })).StatusCode);
    }

    [Fact]
    public async Task An_admin_gets_the_one_shipment_of_a_paid_order_and_cannot_ship_an_unpaid_one()
    {
        var product = await host.ProductAsync(9m, 3);
        var shopper = await host.ShopperAsync();
        var paid = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));
        var declined = await shopper.PlacedAsync(Shop.Order("tok_card_declined", (product, 1)));

        var existing = await host.AdminClient.PostJsonAsync("/v1/shipments", new { order_id = paid.GetProperty("id").GetString(), address = "5 Other Road", city = "Mysuru" });
        var unpaid = await host.AdminClient.PostJsonAsync("/v1/shipments", new { order_id = declined.GetProperty("id").GetString() });
        var unknown = await host.AdminClient.PostJsonAsync("/v1/shipments", new { order_id = Guid.NewGuid().ToString() });
        var badCarrier = await host.AdminClient.PostJsonAsync("/v1/shipments", new { order_id = paid.GetProperty("id").GetString(), carrier = "Pigeon" });
        var empty = await host.AdminClient.PostJsonAsync("/v1/shipments", new { });

        Assert.Equal(HttpStatusCode.OK, existing.StatusCode);
        var shipment = await existing.JsonAsync();
        Assert.Equal(paid.GetProperty("shipment_id").GetString(), shipment.GetProperty("id").GetString());
        Assert.Equal("Bengaluru", shipment.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(HttpStatusCode.Conflict, unpaid.StatusCode);
        Assert.Equal("order_not_shippable", (await unpaid.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCarrier.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
    }

    [Fact]
    public async Task Creating_an_orders_shipment_again_returns_the_first_with_its_items()
    {
        var orderId = Guid.NewGuid();
        var first = Assert.Single(await host.SendAsync(new CreateShipment(
            orderId, 42, new PostalAddress("1 Main St", null, "Pune", "411001", "IN"), [new ShipmentItem(1, "Kettle", 2), new ShipmentItem(2, "Mug", 1)], "bluedart")));

        var again = Assert.Single(await host.SendAsync(new CreateShipment(
            orderId, 42, new PostalAddress("9 Other Rd", null, "Mysuru", "570001", "IN"), [new ShipmentItem(3, "Pan", 1)])));

        Assert.Equal((first.Id, first.TrackingNumber, first.Carrier), (again.Id, again.TrackingNumber, again.Carrier));
        Assert.Equal("Pune", again.Address.City);
        Assert.Equal(first.Items.OrderBy(i => i.ProductId), again.Items.OrderBy(i => i.ProductId));
        Assert.Single(await host.QueryAsync(new GetOrderShipments(orderId)));
    }

    [Fact]
    public async Task Racing_creators_of_one_orders_shipment_make_one_shipment()
    {
        var orderId = Guid.NewGuid();
        var command = new CreateShipment(
            orderId, 42, new PostalAddress("1 Main St", null, "Pune", "411001", "IN"), [new ShipmentItem(1, "Kettle", 1)], "bluedart");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.SendAsync(command)));

        Assert.Single(results.Select(r => Assert.Single(r).Id).Distinct());
        Assert.Equal("Bluedart", results[0][0].Carrier);
        Assert.Single(await host.QueryAsync(new GetOrderShipments(orderId)));
    }

    [Fact]
    public async Task A_shipment_that_left_cannot_be_cancelled_and_one_that_did_not_can()
    {
        var waiting = await NewShipmentAsync();
        var gone = await NewShipmentAsync();
        await host.SetShipmentStatusAsync(gone.Id.ToString(), "shipped");

        var cancelled = await host.SendAsync(new CancelShipment(waiting.OrderId, "customer changed their mind"));
        var refused = await Assert.ThrowsAsync<Eci.Shared.Errors.ConflictException>(() => host.SendAsync(new CancelShipment(gone.OrderId, "too late")));

        Assert.Equal("cancelled", Assert.Single(cancelled!).Status);
        Assert.Equal("shipment_already_left", refused.Code);
        Assert.Null(await host.SendAsync(new CancelShipment(Guid.NewGuid(), "nothing to cancel")));
    }

    [Fact]
    public async Task A_refund_then_a_cancel_leaves_no_shipment_event_failing()
    {
        var product = await host.ProductAsync(25m, 3);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));
        var id = order.GetProperty("id").GetString()!;
        var refund = await host.AdminClient.PostJsonAsync($"/v1/payments/{order.GetProperty("payment_id").GetString()}/refund", new { reason = "damaged in the warehouse" });

        var cancel = await shopper.Client.PostAsync($"/v1/orders/{id}/cancel", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (refund.StatusCode, cancel.StatusCode));
        var events = await Poll.UntilAsync(
            () => host.InScopeAsync(async sp => await sp.GetRequiredService<ShippingDbContext>().Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Payload.Contains(id)).ToListAsync()),
            all => all.Count >= 2 && all.All(m => m.ProcessedAt is not null || m.Attempts > 0));
        Assert.Contains(events, m => m.Type.Contains(nameof(ShipmentStatusChanged), StringComparison.Ordinal));
        Assert.All(events, m => Assert.True(m.ProcessedAt is not null && m.Attempts == 0, $"{m.Type} failed: {m.LastError}"));
        Assert.Equal("cancelled", (await host.OrderAsync(id)).GetProperty("status").GetString());
    }

    private async Task<ShipmentDto> NewShipmentAsync()
    {
        host.RequireProvider();
        return Assert.Single(await host.SendAsync(new CreateShipment(
            Guid.NewGuid(), 42, new PostalAddress("1 Main St", "Flat 2", "Pune", "411001", "IN"), [new ShipmentItem(1, "Kettle", 1)])));
    }

    private async Task<string> ShipmentOfNewOrderAsync() => (await NewShipmentAsync()).Id.ToString();

}

public sealed class SqliteShipmentApiTests(SqliteHost host) : ShipmentApiTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresShipmentApiTests(PostgresHost host) : ShipmentApiTests(host), IClassFixture<PostgresHost>;
