using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Features.ReceiveReturn;
using Eci.Modules.Payments.Contracts;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Orders.Tests;

/// <summary>
/// Returns (RMA) of a delivered order: asked for by its customer, received by an admin into stock or written off, and
/// refunded once through Payments, with the order, its payment and the inventory ledger agreeing. Three units at 100.00
/// with 5 % tax and a 10.00 fee: 325.00 in all.
/// </summary>
public abstract class ReturnTests(WorkflowHost host)
{
    private sealed record Delivered(int Product, string Warehouse, TestCustomer Shopper, string Id, string Payment);

    [Fact]
    public async Task A_return_received_in_part_refunds_its_units_and_the_rest_refunds_everything_with_shipping()
    {
        var order = await DeliveredAsync();
        var onHand = await OnHandAsync(order);

        var requested = await RequestAsync(order.Shopper.Client, order, Guid.NewGuid().ToString(), (order.Product, 2));
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var created = await requested.JsonAsync();
        Assert.Equal("requested", created.GetProperty("status").GetString());
        Assert.Equal(210m, created.GetProperty("refund_amount").GetDecimal());
        Assert.Equal(2, created.GetProperty("lines")[0].GetProperty("quantity").GetInt32());

        var received = await ReceiveAsync(Id(created), Guid.NewGuid().ToString(),
            (order.Product, 1, "restock", order.Warehouse), (order.Product, 1, "write_off", order.Warehouse));

        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var first = await received.JsonAsync();
        Assert.Equal(("received", 210m), (first.GetProperty("status").GetString(), first.GetProperty("refund_amount").GetDecimal()));
        var partial = await host.OrderAsync(order.Id);
        Assert.Equal(("partially_returned", "partially_refunded"), (partial.GetProperty("status").GetString(), partial.GetProperty("payment_status").GetString()));
        Assert.Equal((PaymentStatuses.PartiallyRefunded, 210m), await PaymentAsync(order));
        Assert.Equal(onHand + 1, await OnHandAsync(order));
        await AssertAuditCleanAsync();

        var rest = await (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))).JsonAsync();
        Assert.Equal(115m, rest.GetProperty("refund_amount").GetDecimal());
        var last = await ReceiveAsync(Id(rest), null, (order.Product, 1, "restock", order.Warehouse));

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        var whole = await host.OrderAsync(order.Id);
        Assert.Equal(("returned", "refunded"), (whole.GetProperty("status").GetString(), whole.GetProperty("payment_status").GetString()));
        Assert.Equal((PaymentStatuses.Refunded, 325m), await PaymentAsync(order));
        Assert.Equal(onHand + 2, await OnHandAsync(order));
        await AssertAuditCleanAsync();
        await host.AssertHoldsAsync(order.Id);
        var list = await (await order.Shopper.Client.GetAsync($"/v1/orders/{order.Id}/returns")).JsonAsync();
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task More_than_was_delivered_or_already_asked_for_is_a_422()
    {
        var order = await DeliveredAsync();

        var tooMany = await RequestAsync(order.Shopper.Client, order, null, (order.Product, 4));
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 2))).StatusCode);
        var overOpen = await RequestAsync(order.Shopper.Client, order, null, (order.Product, 2));
        var notSold = await RequestAsync(order.Shopper.Client, order, null, (order.Product + 100_000, 1));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "return_exceeds_delivered"), await ProblemAsync(tooMany));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "return_exceeds_delivered"), await ProblemAsync(overOpen));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "return_exceeds_delivered"), await ProblemAsync(notSold));
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))).StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"lines\":[]}")]
    [InlineData("{\"lines\":[null]}")]
    [InlineData("{\"lines\":[{\"product_id\":1}]}")]
    [InlineData("{\"lines\":[{\"product_id\":1,\"quantity\":1},{\"product_id\":1,\"quantity\":1}]}")]
    public async Task A_malformed_return_or_receipt_is_a_422_that_changes_nothing(string body)
    {
        var order = await DeliveredAsync();
        var created = await (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))).JsonAsync();

        var request = await order.Shopper.Client.PostAsync($"/v1/orders/{order.Id}/returns", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var receipt = await host.AdminClient.PostAsync($"/v1/returns/{Id(created)}/receive", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, request.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, receipt.StatusCode);
        var list = await (await order.Shopper.Client.GetAsync($"/v1/orders/{order.Id}/returns")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("requested", list.GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_receipt_naming_an_unknown_warehouse_or_more_than_was_asked_for_is_a_422_that_changes_nothing()
    {
        var order = await DeliveredAsync();
        var created = await (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))).JsonAsync();

        var unknown = await ReceiveAsync(Id(created), null, (order.Product, 1, "restock", "NOWHERE"));
        var tooMany = await ReceiveAsync(Id(created), null, (order.Product, 2, "restock", order.Warehouse));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation_failed"), await ProblemAsync(unknown));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "receipt_exceeds_return"), await ProblemAsync(tooMany));
        Assert.Equal("requested", (await (await host.AdminClient.GetAsync($"/v1/returns/{Id(created)}")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal((PaymentStatuses.Succeeded, 0m), await PaymentAsync(order));
    }

    [Fact]
    public async Task An_order_not_yet_delivered_cannot_be_returned()
    {
        var product = await host.ProductAsync(100m, 5);
        var shopper = await host.ShopperAsync();
        var placed = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));

        var response = await shopper.Client.PostAsJsonAsync($"/v1/orders/{placed.GetProperty("id").GetString()}/returns",
            new { lines = new[] { new { product_id = product, quantity = 1 } } }, ApiJson.Options);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "order_not_returnable"), await ProblemAsync(response));
    }

    [Fact]
    public async Task Another_customer_is_told_the_order_and_the_return_do_not_exist()
    {
        var order = await DeliveredAsync();
        var created = await (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))).JsonAsync();
        var stranger = await host.ShopperAsync();

        var request = await RequestAsync(stranger.Client, order, null, (order.Product, 1));
        var read = await stranger.Client.GetAsync($"/v1/returns/{Id(created)}");
        var list = await stranger.Client.GetAsync($"/v1/orders/{order.Id}/returns");
        var receive = await stranger.Client.PostAsJsonAsync($"/v1/returns/{Id(created)}/receive", new { lines = Array.Empty<object>() }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.NotFound, request.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, receive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await order.Shopper.Client.GetAsync($"/v1/returns/{Id(created)}")).StatusCode);
    }

    [Fact]
    public async Task A_replay_with_the_same_key_gets_the_same_answer_and_refunds_once()
    {
        var order = await DeliveredAsync();
        var requestKey = Guid.NewGuid().ToString();
        var firstRequest = await (await RequestAsync(order.Shopper.Client, order, requestKey, (order.Product, 1))).JsonAsync();
        var againRequest = await RequestAsync(order.Shopper.Client, order, requestKey, (order.Product, 1));
        Assert.Equal(HttpStatusCode.Created, againRequest.StatusCode);
        Assert.Equal(Id(firstRequest), Id(await againRequest.JsonAsync()));

        var key = Guid.NewGuid().ToString();
        var first = await (await ReceiveAsync(Id(firstRequest), key, (order.Product, 1, "restock", order.Warehouse))).JsonAsync();
        var again = await ReceiveAsync(Id(firstRequest), key, (order.Product, 1, "restock", order.Warehouse));
        var otherKey = await ReceiveAsync(Id(firstRequest), Guid.NewGuid().ToString(), (order.Product, 1, "restock", order.Warehouse));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        var replayed = await again.JsonAsync();
        Assert.Equal((Id(first), "received", 105m), (Id(replayed), replayed.GetProperty("status").GetString(), replayed.GetProperty("refund_amount").GetDecimal()));
        Assert.Equal((HttpStatusCode.Conflict, "return_closed"), await ProblemAsync(otherKey));
        Assert.Equal((PaymentStatuses.PartiallyRefunded, 105m), await PaymentAsync(order));
    }

    [Fact]
    public async Task A_receipt_interrupted_after_its_restock_is_finished_by_the_recovery_worker_with_one_refund()
    {
        var order = await DeliveredAsync();
        var onHand = await OnHandAsync(order);
        var created = await (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))).JsonAsync();
        host.Fault.Arm(ReturnSteps.Restock, _ => throw new InvalidOperationException("the process died between the restock and the refund"));

        var crashed = await ReceiveAsync(Id(created), null, (order.Product, 1, "restock", order.Warehouse));

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        var done = await Poll.UntilAsync(
            async () => await (await host.AdminClient.GetAsync($"/v1/returns/{Id(created)}")).JsonAsync(),
            r => r.GetProperty("status").GetString() == "received");
        Assert.Equal("received", done.GetProperty("status").GetString());
        Assert.Equal((PaymentStatuses.PartiallyRefunded, 105m), await PaymentAsync(order));
        Assert.Equal(onHand + 1, await OnHandAsync(order));
        Assert.Equal("partially_returned", (await host.OrderAsync(order.Id)).GetProperty("status").GetString());
        await AssertAuditCleanAsync();
    }

    [Fact]
    public async Task A_rejected_return_refunds_nothing_frees_its_units_and_is_listed_as_rejected()
    {
        var order = await DeliveredAsync();
        var created = await (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 3))).JsonAsync();

        var rejected = await host.AdminClient.PostJsonAsync($"/v1/returns/{Id(created)}/reject", new { reason = "worn" });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var body = await rejected.JsonAsync();
        Assert.Equal(("rejected", "worn", 0m), (body.GetProperty("status").GetString(), body.GetProperty("rejection_reason").GetString(), body.GetProperty("refund_amount").GetDecimal()));
        Assert.Equal((HttpStatusCode.Conflict, "return_closed"), await ProblemAsync(await ReceiveAsync(Id(created), null, (order.Product, 1, "restock", order.Warehouse))));
        Assert.Equal((HttpStatusCode.Conflict, "return_closed"), await ProblemAsync(await host.AdminClient.PostJsonAsync($"/v1/returns/{Id(created)}/reject", new { reason = "again" })));
        Assert.Equal((PaymentStatuses.Succeeded, 0m), await PaymentAsync(order));
        Assert.Equal("completed", (await host.OrderAsync(order.Id)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 3))).StatusCode);
        var listed = await (await host.AdminClient.GetAsync("/v1/returns?status=rejected&page_size=100")).JsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), r => Id(r) == Id(created));
        Assert.All(listed.GetProperty("items").EnumerateArray(), r => Assert.Equal("rejected", r.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await host.AdminClient.GetAsync("/v1/returns?status=lost")).StatusCode);
    }

    [Fact]
    public async Task A_shipment_returned_whole_restocks_and_refunds_everything_and_leaves_nothing_to_return()
    {
        var order = await DeliveredAsync();
        var onHand = await OnHandAsync(order);
        var shipment = (await host.OrderAsync(order.Id)).GetProperty("shipment_id").GetString()!;

        await host.SetShipmentStatusAsync(shipment, "returned");

        await AssertReturnedWholeAsync(order, onHand);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "order_not_returnable"), await ProblemAsync(await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))));
    }

    [Fact]
    public async Task A_shipment_returned_whole_finishes_when_its_first_pass_stopped_after_the_restock_and_the_refund()
    {
        var order = await DeliveredAsync();
        var onHand = await OnHandAsync(order);
        var placed = await host.OrderAsync(order.Id);
        // Where a first pass stops when its last step, the order's save, loses to the refund's own event: the stock
        // back, the money refunded and the order told of the refund, but not yet returned. The event then comes again.
        await host.SendAsync(new ReturnReservation(Guid.Parse(placed.GetProperty("reservation_id").GetString()!), "shipment returned"));
        await host.SendAsync(new RefundPayment(Guid.Parse(order.Payment), null, "shipment returned", $"order:{order.Id}:return-refund"));
        await Poll.UntilAsync(() => host.OrderAsync(order.Id), o => o.GetProperty("payment_status").GetString() == "refunded");

        await host.SetShipmentStatusAsync(placed.GetProperty("shipment_id").GetString()!, "returned");

        await AssertReturnedWholeAsync(order, onHand);
    }

    [Fact]
    public async Task A_return_asked_for_once_the_parcel_came_back_whole_is_refused_and_the_order_is_returned_once()
    {
        var order = await DeliveredAsync();
        var onHand = await OnHandAsync(order);
        var shipment = (await host.OrderAsync(order.Id)).GetProperty("shipment_id").GetString()!;

        // Asked for at once, most likely before the parcel's event reaches the order: refused all the same.
        await host.SetShipmentStatusAsync(shipment, "returned");
        var asked = await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "order_not_returnable"), await ProblemAsync(asked));
        await AssertReturnedWholeAsync(order, onHand);
    }

    [Fact]
    public async Task Once_a_return_is_open_the_parcel_coming_back_leaves_the_rest_to_returns_too()
    {
        var order = await DeliveredAsync();
        var first = await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1));
        var shipment = (await host.OrderAsync(order.Id)).GetProperty("shipment_id").GetString()!;

        await host.SetShipmentStatusAsync(shipment, "returned");
        var rest = await RequestAsync(order.Shopper.Client, order, null, (order.Product, 2));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, rest.StatusCode));
        Assert.Equal("completed", (await host.OrderAsync(order.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Parcels_back_under_an_open_return_return_the_order_in_full_once_that_return_is_rejected()
    {
        var order = await DeliveredAsync();
        var onHand = await OnHandAsync(order);
        var asked = await (await RequestAsync(order.Shopper.Client, order, null, (order.Product, 1))).JsonAsync();
        var shipment = (await host.OrderAsync(order.Id)).GetProperty("shipment_id").GetString()!;
        var tag = await ETagAsync(order);

        // The parcel's event leaves the order to the open return, moving only its version.
        await host.SetShipmentStatusAsync(shipment, "returned");
        await Poll.UntilAsync(() => ETagAsync(order), t => t != tag);
        var left = await host.OrderAsync(order.Id);
        var rejected = await host.AdminClient.PostJsonAsync($"/v1/returns/{Id(asked)}/reject", new { reason = "the parcel came back" });

        Assert.Equal(("completed", HttpStatusCode.OK), (left.GetProperty("status").GetString(), rejected.StatusCode));
        await AssertReturnedWholeAsync(order, onHand);
    }

    [Fact]
    public async Task A_customer_past_the_return_window_is_refused_but_an_admin_may_still_return()
    {
        var order = await DeliveredAsync();
        await host.AdvanceClockAsync(TimeSpan.FromDays(31));
        using var shopper = await host.SignedInClientAsync(order.Shopper.Email, order.Shopper.Password);

        var late = await RequestAsync(shopper, order, null, (order.Product, 1));
        var byAdmin = await RequestAsync(host.AdminClient, order, null, (order.Product, 1));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "return_window_closed"), await ProblemAsync(late));
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
    }

    private async Task<Delivered> DeliveredAsync()
    {
        var product = await host.ProductAsync(100m, 5);
        var warehouse = (await host.StockAsync(product)).GetProperty("warehouses")[0].GetProperty("warehouse").GetString()!;
        var shopper = await host.ShopperAsync();
        var placed = await shopper.PlacedAsync(Shop.Order(null, (product, 3)));
        var id = placed.GetProperty("id").GetString()!;
        var shipment = placed.GetProperty("shipment_id").GetString()!;
        foreach (var status in new[] { "shipped", "in_transit", "out_for_delivery", "delivered" })
        {
            await host.SetShipmentStatusAsync(shipment, status);
        }

        await Poll.UntilAsync(() => host.OrderAsync(id), o => o.GetProperty("status").GetString() == "completed");
        await Poll.UntilAsync(() => host.StockAsync(product), s => s.GetProperty("on_hand").GetInt32() == 2);
        return new Delivered(product, warehouse, shopper, id, placed.GetProperty("payment_id").GetString()!);
    }

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, Delivered order, string? key, params (int Product, int Quantity)[] lines) =>
        SendAsync(client, $"/v1/orders/{order.Id}/returns", key,
            new { lines = lines.Select(l => new { product_id = l.Product, quantity = l.Quantity, reason = "does not fit" }).ToArray() });

    private Task<HttpResponseMessage> ReceiveAsync(string returnId, string? key, params (int Product, int Quantity, string Disposition, string Warehouse)[] lines) =>
        SendAsync(host.AdminClient, $"/v1/returns/{returnId}/receive", key,
            new { lines = lines.Select(l => new { product_id = l.Product, quantity = l.Quantity, disposition = l.Disposition, warehouse = l.Warehouse }).ToArray() });

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: ApiJson.Options) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    // The parcel's return done once: the order returned and refunded, the payment given back in full, the stock back.
    private async Task AssertReturnedWholeAsync(Delivered order, int onHandBefore)
    {
        var returned = await Poll.UntilAsync(() => host.OrderAsync(order.Id), o => o.GetProperty("status").GetString() == "returned");
        Assert.Equal(("returned", "refunded"), (returned.GetProperty("status").GetString(), returned.GetProperty("payment_status").GetString()));
        Assert.Equal((PaymentStatuses.Refunded, 325m), await PaymentAsync(order));
        Assert.Equal(onHandBefore + 3, await OnHandAsync(order));
        await host.AssertHoldsAsync(order.Id);
    }

    private async Task<string?> ETagAsync(Delivered order) =>
        (await order.Shopper.Client.GetAsync($"/v1/orders/{order.Id}", TestContext.Current.CancellationToken)).Headers.ETag?.Tag;

    private async Task<int> OnHandAsync(Delivered order) => (await host.StockAsync(order.Product)).GetProperty("on_hand").GetInt32();

    private async Task<(string Status, decimal Refunded)> PaymentAsync(Delivered order)
    {
        var payment = await host.QueryAsync(new GetPayment(Guid.Parse(order.Payment)));
        return (payment!.Status, payment.Refunded.ToDecimal());
    }

    private async Task AssertAuditCleanAsync()
    {
        var audit = await (await host.AdminClient.GetAsync("/v1/inventory/audit")).JsonAsync();
        Assert.True(audit.GetProperty("consistent").GetBoolean(), audit.ToString());
    }

    private static async Task<(HttpStatusCode, string?)> ProblemAsync(HttpResponseMessage response) =>
        (response.StatusCode, (await response.JsonAsync()).GetProperty("code").GetString());

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;
}

public sealed class PostgresReturnTests(PostgresWorkflowHost host) : ReturnTests(host), IClassFixture<PostgresWorkflowHost>;

public sealed class MySqlReturnTests(MySqlWorkflowHost host) : ReturnTests(host), IClassFixture<MySqlWorkflowHost>;
