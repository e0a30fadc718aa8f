using System.Net;
using System.Text.Json;
using Eci.Modules.Payments.Contracts;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Orders.Tests;

/// <summary>
/// A refund, a cancel and a shipment of one order, one after the other in every order: the order decides, and its
/// status, its payment, its shipment and its stock agree when each call returns. Five in stock, two ordered.
/// </summary>
public abstract class RefundCancelShipTests(WorkflowHost host)
{
    private sealed record Placed(int Product, TestCustomer Shopper, string Id, string Shipment, string Payment);

    private sealed record State(string? Status, string? PaymentStatus, string? Reason, string? Shipment, (int OnHand, int Held, int Available) Stock);

    [Fact]
    public async Task Refund_then_ship_the_full_refund_cancels_the_order_so_the_parcel_cannot_leave()
    {
        var order = await PlaceAsync();

        var refund = await host.AdminClient.PostJsonAsync("/v1/payments/refund", new { payment_id = order.Payment, reason = "goodwill" });
        Assert.Equal(HttpStatusCode.OK, refund.StatusCode);
        Assert.Equal(new State("cancelled", "refunded", "refunded", "cancelled", (5, 0, 5)), await StateAsync(order));

        var ship = await ShipAsync(order);

        Assert.Equal(HttpStatusCode.Conflict, ship.StatusCode);
        Assert.Equal(new State("cancelled", "refunded", "refunded", "cancelled", (5, 0, 5)), await StateAsync(order));
        await host.AssertHoldsAsync(order.Id);
    }

    [Fact]
    public async Task Refund_then_cancel_finds_the_order_cancelled_and_refunds_nothing_more()
    {
        var order = await PlaceAsync();
        Assert.Equal(HttpStatusCode.OK, (await RefundAsync(order, null)).StatusCode);

        // The refund's event reaches the order a moment later as well (the path that covers a crash before the order was
        // told) and may hold it briefly.
        var cancel = await CancelWhileBusyAsync(order);

        Assert.Equal(HttpStatusCode.OK, cancel.Status);
        Assert.Equal(new State("cancelled", "refunded", "refunded", "cancelled", (5, 0, 5)), await StateAsync(order));
        var payment = await host.QueryAsync(new GetPayment(Guid.Parse(order.Payment)));
        Assert.Equal((PaymentStatuses.Refunded, payment!.Amount), (payment.Status, payment.Refunded));
        await host.AssertHoldsAsync(order.Id);
    }

    [Fact]
    public async Task Cancel_then_refund_is_refused_since_nothing_is_left_to_refund()
    {
        var order = await PlaceAsync();
        Assert.Equal(HttpStatusCode.OK, (await order.Shopper.Client.PostAsync($"/v1/orders/{order.Id}/cancel", null)).StatusCode);

        var refund = await RefundAsync(order, null);

        Assert.Equal(HttpStatusCode.Conflict, refund.StatusCode);
        Assert.Equal(new State("cancelled", "refunded", "customer_cancelled", "cancelled", (5, 0, 5)), await StateAsync(order));
        await host.AssertHoldsAsync(order.Id);
    }

    [Fact]
    public async Task Cancel_then_ship_is_an_illegal_move_of_the_cancelled_shipment()
    {
        var order = await PlaceAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.AdminClient.PutJsonAsync($"/v1/orders/{order.Id}/status", new { status = "cancelled" })).StatusCode);

        var ship = await ShipAsync(order);

        Assert.Equal(HttpStatusCode.Conflict, ship.StatusCode);
        Assert.Equal("illegal_transition", (await ship.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(new State("cancelled", "refunded", "admin_cancelled", "cancelled", (5, 0, 5)), await StateAsync(order));
    }

    [Fact]
    public async Task Ship_then_refund_keeps_the_order_on_its_way_with_its_money_given_back()
    {
        var order = await PlaceAsync();
        Assert.Equal(HttpStatusCode.OK, (await ShipAsync(order)).StatusCode);
        await ShippedStockAsync(order);

        var refund = await RefundAsync(order, null);

        Assert.Equal(HttpStatusCode.OK, refund.StatusCode);
        Assert.Equal(new State("fulfilling", "refunded", null, "shipped", (3, 0, 3)), await StateAsync(order));
    }

    [Fact]
    public async Task Ship_then_cancel_is_a_409_that_changes_nothing()
    {
        var order = await PlaceAsync();
        Assert.Equal(HttpStatusCode.OK, (await ShipAsync(order)).StatusCode);
        await ShippedStockAsync(order);

        // The order follows its shipment's move a moment later (ADR 0047).
        var cancel = await CancelWhileBusyAsync(order);

        Assert.Equal((HttpStatusCode.Conflict, "shipment_already_left"), cancel);
        Assert.Equal(new State("fulfilling", "paid", null, "shipped", (3, 0, 3)), await StateAsync(order));
        var payment = await host.QueryAsync(new GetPayment(Guid.Parse(order.Payment)));
        Assert.Equal(PaymentStatuses.Succeeded, payment!.Status);
    }

    [Fact]
    public async Task A_partial_refund_then_a_cancel_gives_back_the_rest_once()
    {
        var order = await PlaceAsync();

        var partial = await RefundAsync(order, 100m);

        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Equal(new State("fulfilling", "partially_refunded", null, "preparing", (5, 2, 3)), await StateAsync(order));
        var cancel = await CancelWhileBusyAsync(order);
        Assert.Equal(HttpStatusCode.OK, cancel.Status);
        Assert.Equal(new State("cancelled", "refunded", "customer_cancelled", "cancelled", (5, 0, 5)), await StateAsync(order));
        var payment = await host.QueryAsync(new GetPayment(Guid.Parse(order.Payment)));
        Assert.Equal((PaymentStatuses.Refunded, payment!.Amount), (payment.Status, payment.Refunded));
        await host.AssertHoldsAsync(order.Id);
    }

    [Fact]
    public async Task A_partial_refund_then_a_shipment_lets_the_parcel_go()
    {
        var order = await PlaceAsync();
        Assert.Equal(HttpStatusCode.OK, (await RefundAsync(order, 100m)).StatusCode);

        var ship = await ShipAsync(order);

        Assert.Equal(HttpStatusCode.OK, ship.StatusCode);
        await ShippedStockAsync(order);
        Assert.Equal(new State("fulfilling", "partially_refunded", null, "shipped", (3, 0, 3)), await StateAsync(order));
    }

    [Fact]
    public async Task A_cancel_interrupted_after_its_point_of_no_return_is_finished_by_the_recovery_worker()
    {
        var order = await PlaceAsync();
        host.Fault.Arm(Features.PlaceOrder.WorkflowSteps.Cancel, _ => throw new InvalidOperationException("the process died after the cancel began"));

        var crashed = await order.Shopper.Client.PostAsync($"/v1/orders/{order.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal("cancelling", (await host.OrderAsync(order.Id)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await ShipAsync(order)).StatusCode);
        await Poll.UntilAsync(() => host.OrderAsync(order.Id), o => o.GetProperty("status").GetString() == "cancelled");
        Assert.Equal(new State("cancelled", "refunded", "customer_cancelled", "cancelled", (5, 0, 5)), await StateAsync(order));
        await host.AssertHoldsAsync(order.Id);
    }

    [Fact]
    public async Task A_refund_the_order_was_not_told_about_reaches_it_through_the_refund_event()
    {
        var order = await PlaceAsync();

        // As if the process died between the refund's commit and telling the order: only the event is left.
        await host.SendAsync(new RefundPayment(Guid.Parse(order.Payment), null, "refunded at the processor"));

        await Poll.UntilAsync(() => host.OrderAsync(order.Id), o => o.GetProperty("status").GetString() == "cancelled");
        Assert.Equal(new State("cancelled", "refunded", "refunded", "cancelled", (5, 0, 5)), await StateAsync(order));
        await host.AssertHoldsAsync(order.Id);
    }

    private async Task<Placed> PlaceAsync()
    {
        var product = await host.ProductAsync(500m, 5);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 2)));
        return new Placed(product, shopper, order.GetProperty("id").GetString()!, order.GetProperty("shipment_id").GetString()!, order.GetProperty("payment_id").GetString()!);
    }

    /// <summary>The customer's cancel, sent again while the order answers that it is busy, as a client does.</summary>
    private static Task<(HttpStatusCode Status, string? Code)> CancelWhileBusyAsync(Placed order) => Poll.UntilAsync(
        async () =>
        {
            var response = await order.Shopper.Client.PostAsync($"/v1/orders/{order.Id}/cancel", null);
            return (response.StatusCode, Code: (await response.JsonAsync()).TryGetProperty("code", out var code) ? code.GetString() : null);
        },
        answer => answer.Code != "order_busy",
        TimeSpan.FromSeconds(10));

    private Task<HttpResponseMessage> RefundAsync(Placed order, decimal? amount) =>
        host.AdminClient.PostJsonAsync($"/v1/payments/{order.Payment}/refund", new { amount, reason = "customer asked" });

    private Task<HttpResponseMessage> ShipAsync(Placed order) =>
        host.AdminClient.PutJsonAsync($"/v1/shipments/{order.Shipment}/status", new { status = "shipped" });

    /// <summary>The parcel's stock leaves the shelf when Orders hears that it left.</summary>
    private Task ShippedStockAsync(Placed order) =>
        Poll.UntilAsync(() => host.StockAsync(order.Product), s => s.GetProperty("on_hand").GetInt32() == 3);

    private async Task<State> StateAsync(Placed order)
    {
        var o = await host.OrderAsync(order.Id);
        var shipment = await (await host.AdminClient.GetAsync($"/v1/shipments/{order.Shipment}")).JsonAsync();
        return new State(
            o.GetProperty("status").GetString(), o.GetProperty("payment_status").GetString(), Text(o, "cancellation_reason"),
            shipment.GetProperty("status").GetString(), Shop.Figures(await host.StockAsync(order.Product)));
    }

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();
}

public sealed class SqliteRefundCancelShipTests(SqliteWorkflowHost host) : RefundCancelShipTests(host), IClassFixture<SqliteWorkflowHost>;

public sealed class PostgresRefundCancelShipTests(PostgresWorkflowHost host) : RefundCancelShipTests(host), IClassFixture<PostgresWorkflowHost>;
