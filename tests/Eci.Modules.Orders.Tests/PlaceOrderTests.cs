using System.Net;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Payments.Contracts;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Orders.Tests;

/// <summary>The place-order workflow end to end over HTTP, through every module, on each provider.</summary>
public abstract class PlaceOrderTests(WorkflowHost host)
{
    [Fact]
    public async Task An_order_goes_from_payment_to_delivery_and_the_stock_follows()
    {
        var product = await host.ProductAsync(250m, 10);
        var shopper = await host.ShopperAsync();

        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 3)));

        var id = order.GetProperty("id").GetString()!;
        Assert.Equal(("fulfilling", "paid"), (order.GetProperty("status").GetString(), order.GetProperty("payment_status").GetString()));
        Assert.Equal((10, 3, 7), Shop.Figures(await host.StockAsync(product)));
        await host.AssertHoldsAsync(id);

        var shipment = order.GetProperty("shipment_id").GetString()!;
        await host.SetShipmentStatusAsync(shipment, "shipped");
        var afterShip = await Poll.UntilAsync(() => host.StockAsync(product), s => s.GetProperty("on_hand").GetInt32() == 7);
        Assert.Equal((7, 0, 7), Shop.Figures(afterShip));
        await host.SetShipmentStatusAsync(shipment, "in_transit");
        await host.SetShipmentStatusAsync(shipment, "out_for_delivery");
        await host.SetShipmentStatusAsync(shipment, "delivered");
        var done = await Poll.UntilAsync(() => host.OrderAsync(id), o => o.GetProperty("status").GetString() == "completed");
        Assert.Equal("completed", done.GetProperty("status").GetString());
        await host.AssertHoldsAsync(id);
    }

    [Fact]
    public async Task Totals_come_from_the_catalog_with_tax_rounded_half_up_and_the_flat_fee()
    {
        var a = await host.ProductAsync(706.68m, 5);
        var b = await host.ProductAsync(1560.01m, 5);
        var shopper = await host.ShopperAsync();

        var order = await shopper.PlacedAsync(new
        {
            items = new object[] { new { product_id = a, quantity = 1, price = 0.01m }, new { product_id = b, quantity = 2 } },
            payment_method = "upi",
        });

        Assert.Equal((3826.70m, 191.34m, 10.00m, 4028.04m), (order.GetProperty("subtotal").GetDecimal(), order.GetProperty("tax").GetDecimal(),
            order.GetProperty("shipping").GetDecimal(), order.GetProperty("total").GetDecimal()));
        var payment = Assert.Single(await host.QueryAsync(new GetOrderPayments(order.GetProperty("id").GetGuid())));
        Assert.Equal(4028.04m, payment.Amount.ToDecimal());
    }

    [Fact]
    public async Task Out_of_stock_is_a_conflict_and_the_attempt_stays_on_record_cancelled_and_uncharged()
    {
        var product = await host.ProductAsync(50m, 2);
        var shopper = await host.ShopperAsync();
        var key = Guid.NewGuid().ToString();

        var refused = await shopper.PlaceAsync(Shop.Order(null, (product, 3)), key);
        var again = await shopper.PlaceAsync(Shop.Order(null, (product, 3)), key);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (refused.StatusCode, again.StatusCode));
        var problem = await refused.JsonAsync();
        Assert.Equal("insufficient_stock", problem.GetProperty("code").GetString());
        var id = problem.GetProperty("order_id").GetString()!;
        Assert.Equal(id, (await again.JsonAsync()).GetProperty("order_id").GetString());
        var order = await host.OrderAsync(id);
        Assert.Equal(("cancelled", "out_of_stock", "unpaid"), (order.GetProperty("status").GetString(), order.GetProperty("cancellation_reason").GetString(), order.GetProperty("payment_status").GetString()));
        Assert.Empty(await host.QueryAsync(new GetOrderPayments(Guid.Parse(id))));
        Assert.Equal((2, 0, 2), Shop.Figures(await host.StockAsync(product)));
    }

    [Fact]
    public async Task A_declined_payment_releases_the_stock_and_cancels()
    {
        var product = await host.ProductAsync(50m, 5);
        var shopper = await host.ShopperAsync();

        var order = await shopper.PlacedAsync(Shop.Order("tok_card_declined", (product, 2)));

        Assert.Equal(("cancelled", "payment_declined", "failed"), (order.GetProperty("status").GetString(), order.GetProperty("cancellation_reason").GetString(), order.GetProperty("payment_status").GetString()));
        Assert.Equal((5, 0, 5), Shop.Figures(await host.StockAsync(product)));
        await host.AssertHoldsAsync(order.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Stock_lost_after_payment_is_refunded_and_the_order_cancelled()
    {
        var product = await host.ProductAsync(80m, 2);
        var shopper = await host.ShopperAsync();
        host.Fault.Arm(Features.PlaceOrder.WorkflowSteps.Reserve, async _ =>
        {
            // The hold lapses and another buyer takes the stock before the charge is committed.
            await host.AdvanceClockAsync(TimeSpan.FromSeconds(90));
            await host.SendAsync(new ReserveStock([new StockLine(product, 2)], ReservationMinutes: 60));
        });

        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 2)));

        Assert.Equal(("cancelled", "stock_unavailable", "refunded"), (order.GetProperty("status").GetString(), order.GetProperty("cancellation_reason").GetString(), order.GetProperty("payment_status").GetString()));
        var payment = Assert.Single(await host.QueryAsync(new GetOrderPayments(order.GetProperty("id").GetGuid())));
        Assert.Equal(("refunded", payment.Amount), (payment.Status, payment.Refunded));
        await host.AssertHoldsAsync(order.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task The_same_key_twice_places_one_order()
    {
        var product = await host.ProductAsync(20m, 5);
        var shopper = await host.ShopperAsync();
        var key = Guid.NewGuid().ToString();

        var first = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), key);
        var again = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        var id = (await first.JsonAsync()).GetProperty("id").GetString();
        Assert.Equal(id, (await again.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal(1, (await (await shopper.Client.GetAsync("/v1/orders")).JsonAsync()).GetProperty("total").GetInt64());
        Assert.Single(await host.QueryAsync(new GetOrderPayments(Guid.Parse(id!))));
    }

    [Fact]
    public async Task Retries_of_one_key_sent_at_once_wait_for_the_first_and_place_one_order()
    {
        var product = await host.ProductAsync(15m, 10);
        var shopper = await host.ShopperAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => shopper.PlaceAsync(Shop.Order(null, (product, 1)), key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = new HashSet<string?>();
        foreach (var response in responses)
        {
            ids.Add((await response.JsonAsync()).GetProperty("id").GetString());
        }

        Assert.Single(ids);
        Assert.Equal(5, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Single(await host.QueryAsync(new GetOrderPayments(Guid.Parse(ids.Single()!))));
        Assert.Equal(9, Shop.Figures(await host.StockAsync(product)).Available);
    }

    [Fact]
    public async Task A_crash_after_payment_is_finished_by_the_recovery_worker_with_one_charge()
    {
        var product = await host.ProductAsync(60m, 4);
        var shopper = await host.ShopperAsync();
        host.Fault.Arm(Features.PlaceOrder.WorkflowSteps.Charge, _ => throw new InvalidOperationException("the process died after the charge"));

        var crashed = await shopper.PlaceAsync(Shop.Order(null, (product, 2)), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        var mine = await (await shopper.Client.GetAsync("/v1/orders")).JsonAsync();
        var id = Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
        var recovered = await Poll.UntilAsync(() => host.OrderAsync(id), o => o.GetProperty("status").GetString() == "fulfilling");
        Assert.Equal("fulfilling", recovered.GetProperty("status").GetString());
        Assert.Single(await host.QueryAsync(new GetOrderPayments(Guid.Parse(id))));
        Assert.Equal((4, 2, 2), Shop.Figures(await host.StockAsync(product)));
        await host.AssertHoldsAsync(id);
    }

    [Fact]
    public async Task A_customer_cancels_before_shipping_and_gets_the_money_and_stock_back()
    {
        var product = await host.ProductAsync(40m, 3);
        var shopper = await host.ShopperAsync();
        var id = (await shopper.PlacedAsync(Shop.Order(null, (product, 3)))).GetProperty("id").GetString()!;

        var cancelled = await (await shopper.Client.PostAsync($"/v1/orders/{id}/cancel", null)).JsonAsync();

        Assert.Equal(("cancelled", "customer_cancelled", "refunded"), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancellation_reason").GetString(), cancelled.GetProperty("payment_status").GetString()));
        Assert.Equal((3, 0, 3), Shop.Figures(await host.StockAsync(product)));
        await host.AssertHoldsAsync(id);
    }

    [Fact]
    public async Task An_order_that_has_shipped_cannot_be_cancelled()
    {
        var product = await host.ProductAsync(40m, 3);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));
        await host.SetShipmentStatusAsync(order.GetProperty("shipment_id").GetString()!, "shipped");

        var response = await shopper.Client.PostAsync($"/v1/orders/{order.GetProperty("id").GetString()}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_customer_cannot_see_or_cancel_another_customers_order()
    {
        var product = await host.ProductAsync(10m, 3);
        var owner = await host.ShopperAsync();
        var other = await host.ShopperAsync();
        var id = (await owner.PlacedAsync(Shop.Order(null, (product, 1)))).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/v1/orders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync($"/v1/orders/{id}/cancel", null)).StatusCode);
        Assert.Equal(0, (await (await other.Client.GetAsync("/v1/orders")).JsonAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Bad_orders_are_refused_before_anything_happens()
    {
        var product = await host.ProductAsync(10m, 3);
        var shopper = await host.ShopperAsync();

        var noKey = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), key: null);
        var unknown = await shopper.PlaceAsync(Shop.Order(null, (987_654_321, 1)), Guid.NewGuid().ToString());
        var tooMany = await shopper.PlaceAsync(Shop.Order(null, (product, 1001)), Guid.NewGuid().ToString());
        var none = await shopper.PlaceAsync(Shop.Order(null, (product, 0)), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("items[0].product_id", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Equal((3, 0, 3), Shop.Figures(await host.StockAsync(product)));
    }

    [Fact]
    public async Task An_admin_completing_an_order_by_hand_takes_its_stock_off_the_shelf()
    {
        var product = await host.ProductAsync(15m, 4);
        var shopper = await host.ShopperAsync();
        var id = (await shopper.PlacedAsync(Shop.Order(null, (product, 3)))).GetProperty("id").GetString()!;

        var completed = await host.AdminClient.PutJsonAsync($"/v1/orders/{id}/status", new { status = "completed" });

        Assert.Equal("completed", (await completed.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal((1, 0, 1), Shop.Figures(await host.StockAsync(product)));
        await host.AssertHoldsAsync(id);
    }

    [Fact]
    public async Task Admins_move_orders_only_along_legal_transitions()
    {
        var product = await host.ProductAsync(10m, 3);
        var shopper = await host.ShopperAsync();
        var id = (await shopper.PlacedAsync(Shop.Order(null, (product, 1)))).GetProperty("id").GetString();

        var illegal = await host.AdminClient.PutJsonAsync($"/v1/orders/{id}/status", new { status = "pending" });
        var unknown = await host.AdminClient.PutJsonAsync($"/v1/orders/{id}/status", new { status = "teleported" });
        var cancelled = await host.AdminClient.PutJsonAsync($"/v1/orders/{id}/status", new { status = "cancelled" });

        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("refunded", (await cancelled.JsonAsync()).GetProperty("payment_status").GetString());
        await host.AssertHoldsAsync(id!);
    }

}

public sealed class SqlitePlaceOrderTests(SqliteWorkflowHost host) : PlaceOrderTests(host), IClassFixture<SqliteWorkflowHost>;

public sealed class PostgresPlaceOrderTests(PostgresWorkflowHost host) : PlaceOrderTests(host), IClassFixture<PostgresWorkflowHost>;
