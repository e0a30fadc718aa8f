using System.Net;
using System.Text.Json;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Contracts;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Orders.Tests;

/// <summary>
/// An order whose hold takes stock from two warehouses ships in two shipments, one per warehouse, each with its own
/// items and tracking number; the order completes when both are delivered. A single-warehouse order ships once.
/// </summary>
public abstract class SplitShipmentTests(WorkflowHost host)
{
    [Fact]
    public async Task An_order_from_two_warehouses_gets_two_shipments_and_completes_only_when_both_are_delivered()
    {
        var (kettle, mug, north, south) = await TwoWarehousesAsync();
        var shopper = await host.ShopperAsync();

        var order = await shopper.PlacedAsync(Shop.Order(null, (kettle, 4), (mug, 1)));
        var id = order.GetProperty("id").GetString()!;

        var shipments = await ShipmentsAsync(shopper.Client, id);
        Assert.Equal(2, shipments.Count);
        Assert.Equal(new[] { north, south }.Order(), shipments.Select(s => s.GetProperty("warehouse").GetString()!).Order());
        Assert.NotEqual(shipments[0].GetProperty("tracking_number").GetString(), shipments[1].GetProperty("tracking_number").GetString());
        var hold = (await host.QueryAsync(new GetReservation(order.GetProperty("reservation_id").GetGuid())))!;
        foreach (var shipment in shipments)
        {
            var warehouse = shipment.GetProperty("warehouse").GetString();
            Assert.Equal(
                hold.Lines.Where(l => l.Warehouse == warehouse).Select(l => (l.ProductId, l.Quantity)).Order(),
                shipment.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("product_id").GetInt32(), i.GetProperty("quantity").GetInt32())).Order());
        }

        Assert.Equal(4, shipments.SelectMany(s => s.GetProperty("items").EnumerateArray()).Where(i => i.GetProperty("product_id").GetInt32() == kettle).Sum(i => i.GetProperty("quantity").GetInt32()));
        await host.AssertHoldsAsync(id);

        var first = shipments[0].GetProperty("id").GetString()!;
        var second = shipments[1].GetProperty("id").GetString()!;
        await DeliverAsync(first);
        var halfway = await Poll.UntilAsync(() => host.OrderAsync(id), o => StatusOf(o, first) == "delivered");
        await Task.Delay(500, TestContext.Current.CancellationToken);
        halfway = await host.OrderAsync(id);
        Assert.Equal(("fulfilling", "delivered", "preparing"), (halfway.GetProperty("status").GetString(), StatusOf(halfway, first), StatusOf(halfway, second)));

        await DeliverAsync(second);
        var done = await Poll.UntilAsync(() => host.OrderAsync(id), o => o.GetProperty("status").GetString() == "completed");
        Assert.Equal(("completed", "delivered", "delivered"), (done.GetProperty("status").GetString(), StatusOf(done, first), StatusOf(done, second)));
        Assert.Equal((1, 0, 1), Shop.Figures(await host.StockAsync(kettle)));
        await host.AssertHoldsAsync(id);
    }

    [Fact]
    public async Task A_two_line_order_from_one_warehouse_gets_exactly_one_shipment_with_both_lines()
    {
        var warehouse = await WarehouseAsync(1);
        var kettle = await host.ProductAsync(40m, 0);
        var mug = await host.ProductAsync(8m, 0);
        await StockAsync(kettle, warehouse, 5);
        await StockAsync(mug, warehouse, 5);
        var shopper = await host.ShopperAsync();

        var order = await shopper.PlacedAsync(Shop.Order(null, (kettle, 2), (mug, 1)));

        var shipment = Assert.Single(await ShipmentsAsync(shopper.Client, order.GetProperty("id").GetString()!));
        Assert.Equal((warehouse, order.GetProperty("shipment_id").GetString()), (shipment.GetProperty("warehouse").GetString(), shipment.GetProperty("id").GetString()));
        Assert.Equal(new[] { (kettle, 2), (mug, 1) }.Order(), shipment.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("product_id").GetInt32(), i.GetProperty("quantity").GetInt32())).Order());
        var shown = Assert.Single((await host.OrderAsync(order.GetProperty("id").GetString()!)).GetProperty("shipments").EnumerateArray());
        Assert.Equal(("preparing", shipment.GetProperty("tracking_number").GetString()), (shown.GetProperty("status").GetString(), shown.GetProperty("tracking_number").GetString()));
    }

    [Fact]
    public async Task A_crash_after_one_of_two_shipments_is_finished_by_the_recovery_worker_without_a_second_of_either()
    {
        var (kettle, mug, _, _) = await TwoWarehousesAsync();
        var shopper = await host.ShopperAsync();
        ShipmentDto? early = null;
        host.Fault.Arm(Features.PlaceOrder.WorkflowSteps.Charge, async orderId =>
        {
            // The process dies after the first warehouse's shipment was made and before the second's.
            early = await ShipOneWarehouseAsync(orderId);
            throw new InvalidOperationException("the process died between two shipments");
        });

        var crashed = await shopper.PlaceAsync(Shop.Order(null, (kettle, 4), (mug, 1)), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.NotNull(early);
        var id = early.OrderId.ToString();
        var recovered = await Poll.UntilAsync(() => host.OrderAsync(id), o => o.GetProperty("status").GetString() == "fulfilling");
        Assert.Equal("fulfilling", recovered.GetProperty("status").GetString());
        var shipments = await host.QueryAsync(new GetOrderShipments(early.OrderId));
        Assert.Equal(2, shipments.Count);
        var kept = Assert.Single(shipments, s => s.Warehouse == early.Warehouse);
        Assert.Equal((early.Id, early.TrackingNumber), (kept.Id, kept.TrackingNumber));
        await host.AssertHoldsAsync(id);
    }

    [Fact]
    public async Task Cancelling_an_order_cancels_all_its_shipments_or_none_once_one_has_left()
    {
        var first = await TwoWarehousesAsync();
        var second = await TwoWarehousesAsync();
        var shopper = await host.ShopperAsync();
        var waiting = await shopper.PlacedAsync(Shop.Order(null, (first.Kettle, 4), (first.Mug, 1)));
        var leaving = await shopper.PlacedAsync(Shop.Order(null, (second.Kettle, 4), (second.Mug, 1)));
        var gone = (await ShipmentsAsync(shopper.Client, leaving.GetProperty("id").GetString()!))[0].GetProperty("id").GetString()!;
        await host.SetShipmentStatusAsync(gone, "shipped");

        var cancelled = await shopper.Client.PostAsync($"/v1/orders/{waiting.GetProperty("id").GetString()}/cancel", null, TestContext.Current.CancellationToken);
        var refused = await shopper.Client.PostAsync($"/v1/orders/{leaving.GetProperty("id").GetString()}/cancel", null, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (cancelled.StatusCode, refused.StatusCode));
        Assert.Equal(new[] { "cancelled", "cancelled" }, (await ShipmentsAsync(shopper.Client, waiting.GetProperty("id").GetString()!)).Select(s => s.GetProperty("status").GetString()));
        var left = await ShipmentsAsync(shopper.Client, leaving.GetProperty("id").GetString()!);
        Assert.Equal(2, left.Count);
        Assert.Equal(new[] { "preparing", "shipped" }, left.Select(s => s.GetProperty("status").GetString()!).Order());
        await host.AssertHoldsAsync(waiting.GetProperty("id").GetString()!);
        await host.AssertHoldsAsync(leaving.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task One_returned_shipment_of_two_leaves_the_order_completed_and_the_second_returns_the_order_and_its_stock()
    {
        var (kettle, mug, _, _) = await TwoWarehousesAsync();
        var shopper = await host.ShopperAsync();
        var id = (await shopper.PlacedAsync(Shop.Order(null, (kettle, 4), (mug, 1)))).GetProperty("id").GetString()!;
        var shipments = (await ShipmentsAsync(shopper.Client, id)).Select(s => s.GetProperty("id").GetString()!).ToList();
        await DeliverAsync(shipments[0]);
        await DeliverAsync(shipments[1]);
        Assert.Equal("completed", (await Poll.UntilAsync(() => host.OrderAsync(id), o => o.GetProperty("status").GetString() == "completed")).GetProperty("status").GetString());

        await host.SetShipmentStatusAsync(shipments[0], "returned");
        await Poll.UntilAsync(() => host.OrderAsync(id), o => StatusOf(o, shipments[0]) == "returned");
        await Task.Delay(500, TestContext.Current.CancellationToken);

        Assert.Equal("completed", (await host.OrderAsync(id)).GetProperty("status").GetString());
        Assert.Equal((1, 0, 1), Shop.Figures(await host.StockAsync(kettle)));

        await host.SetShipmentStatusAsync(shipments[1], "returned");
        var returned = await Poll.UntilAsync(() => host.OrderAsync(id), o => o.GetProperty("status").GetString() == "returned");

        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal(((5, 0, 5), (5, 0, 5)), (Shop.Figures(await host.StockAsync(kettle)), Shop.Figures(await host.StockAsync(mug))));
        await host.AssertHoldsAsync(id);
    }

    [Fact]
    public async Task Shipping_a_split_order_by_hand_answers_its_first_shipment_and_makes_no_other()
    {
        var (kettle, mug, _, _) = await TwoWarehousesAsync();
        var shopper = await host.ShopperAsync();
        var id = (await shopper.PlacedAsync(Shop.Order(null, (kettle, 4), (mug, 1)))).GetProperty("id").GetString()!;
        var before = await host.QueryAsync(new GetOrderShipments(Guid.Parse(id)));

        var again = await host.AdminClient.PostJsonAsync("/v1/shipments", new { order_id = id });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(before[0].Id, (await again.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(before.Select(s => s.Id), (await host.QueryAsync(new GetOrderShipments(Guid.Parse(id)))).Select(s => s.Id));
    }

    [Fact]
    public async Task A_shipment_that_moves_changes_the_orders_etag()
    {
        var (kettle, mug, _, _) = await TwoWarehousesAsync();
        var shopper = await host.ShopperAsync();
        var id = (await shopper.PlacedAsync(Shop.Order(null, (kettle, 4), (mug, 1)))).GetProperty("id").GetString()!;
        var shipment = (await ShipmentsAsync(shopper.Client, id))[0].GetProperty("id").GetString()!;
        var tag = (await shopper.Client.GetAsync($"/v1/orders/{id}", TestContext.Current.CancellationToken)).Headers.ETag!.Tag;

        await host.SetShipmentStatusAsync(shipment, "shipped");
        await Poll.UntilAsync(
            () => shopper.Client.GetAsync($"/v1/orders/{id}", TestContext.Current.CancellationToken),
            r => r.Headers.ETag?.Tag != tag);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/orders/{id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        var read = await shopper.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("shipped", StatusOf(await read.JsonAsync(), shipment));
    }

    private static string? StatusOf(JsonElement order, string shipment) =>
        order.GetProperty("shipments").EnumerateArray().Single(s => s.GetProperty("id").GetString() == shipment).GetProperty("status").GetString();

    private async Task DeliverAsync(string shipment)
    {
        foreach (var status in new[] { "shipped", "in_transit", "out_for_delivery", "delivered" })
        {
            await host.SetShipmentStatusAsync(shipment, status);
        }
    }

    private static async Task<IReadOnlyList<JsonElement>> ShipmentsAsync(HttpClient client, string orderId)
    {
        var page = await (await client.GetAsync($"/v1/shipments?order_id={orderId}")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    // Kettles: 2 in the north, 3 in the south, so four need both; mugs only in the south.
    private async Task<(int Kettle, int Mug, string North, string South)> TwoWarehousesAsync()
    {
        var north = await WarehouseAsync(1);
        var south = await WarehouseAsync(1);
        var kettle = await host.ProductAsync(40m, 0);
        var mug = await host.ProductAsync(8m, 0);
        await StockAsync(kettle, north, 2);
        await StockAsync(kettle, south, 3);
        await StockAsync(mug, south, 5);
        return (kettle, mug, north, south);
    }

    private async Task<string> WarehouseAsync(int priority)
    {
        var code = "S" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        (await host.AdminClient.PostJsonAsync("/v1/inventory/warehouses", new { code, name = "Split " + code, priority })).EnsureSuccessStatusCode();
        return code;
    }

    private async Task StockAsync(int product, string warehouse, int quantity) =>
        (await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, quantity })).EnsureSuccessStatusCode();

    private async Task<ShipmentDto> ShipOneWarehouseAsync(Guid orderId)
    {
        var reservationId = await host.InScopeAsync(async sp =>
            (await sp.GetRequiredService<OrdersDbContext>().Orders.AsNoTracking().FirstAsync(o => o.Id == orderId)).ReservationId!.Value);
        var hold = (await host.QueryAsync(new GetReservation(reservationId)))!;
        var warehouse = hold.Lines.Select(l => l.Warehouse).Order(StringComparer.Ordinal).First();
        var items = hold.Lines.Where(l => l.Warehouse == warehouse).Select(l => new ShipmentItem(l.ProductId, "Thing", l.Quantity, warehouse)).ToList();
        return Assert.Single(await host.SendAsync(new CreateShipment(
            orderId, 1, new PostalAddress("12 MG Road", null, "Bengaluru", "560001", "IN"), items)));
    }
}

public sealed class SqliteSplitShipmentTests(SqliteWorkflowHost host) : SplitShipmentTests(host), IClassFixture<SqliteWorkflowHost>;

public sealed class PostgresSplitShipmentTests(PostgresWorkflowHost host) : SplitShipmentTests(host), IClassFixture<PostgresWorkflowHost>;
