using System.Net;
using System.Text.Json;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Integrations;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Outbox;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Eci.Modules.Payments.Tests;

/// <summary>Charges and refunds over HTTP through the real host, with the simulated processor, on each provider.</summary>
public abstract class PaymentApiTests(HostFixture host)
{
    private SimulatedPaymentGateway Gateway => host.Factory.Services.GetRequiredService<SimulatedPaymentGateway>();

    private static string NewOrder() => "ord-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A customer and an order of theirs (placed and paid through the API): a payment is filed under an order.</summary>
    private async Task<(TestCustomer Customer, string Order)> OrderAsync()
    {
        var product = await host.ProductAsync(10m, 1);
        var shopper = await host.ShopperAsync();
        var order = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));
        return (shopper, order.GetProperty("id").GetString()!);
    }

    private static Task<HttpResponseMessage> ChargeAsync(HttpClient client, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payments/charge")
        {
            Content = new StringContent(JsonSerializer.Serialize(body, ApiJson.Options), System.Text.Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    private async Task<JsonElement> PaidAsync(decimal amount = 100m, string? token = null) => await PaidAsync(await OrderAsync(), amount, token);

    private async Task<JsonElement> PaidAsync((TestCustomer Customer, string Order) to, decimal amount = 100m, string? token = null)
    {
        var (customer, order) = to;
        var response = await ChargeAsync(customer.Client, new { order_id = order, amount, method = "card", payment_token = token }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private Task<HttpResponseMessage> RefundAsync(string paymentId, decimal? amount, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/payments/{paymentId}/refund")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { amount, reason = "customer returned it" }, ApiJson.Options), System.Text.Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return host.AdminClient.SendAsync(request);
    }

    [Fact]
    public async Task A_charge_succeeds_with_the_gateway_reference_and_its_event_is_published()
    {
        var payment = await PaidAsync(1299.99m);

        Assert.Equal(("succeeded", 1299.99m, "INR"), (payment.GetProperty("status").GetString(), payment.GetProperty("amount").GetDecimal(), payment.GetProperty("currency").GetString()));
        Assert.StartsWith("ch_", payment.GetProperty("gateway_reference").GetString(), StringComparison.Ordinal);
        var id = payment.GetProperty("id").GetString()!;
        var published = await Poll.UntilAsync(
            () => host.InScopeAsync(async sp => await sp.GetRequiredService<PaymentsDbContext>().Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Type.Contains("PaymentSucceeded") && m.Payload.Contains(id)).Select(m => m.ProcessedAt).FirstOrDefaultAsync()),
            at => at is not null);
        Assert.NotNull(published);
    }

    [Theory]
    [InlineData(SimulatedPaymentGateway.Declined, "card_declined")]
    [InlineData(SimulatedPaymentGateway.InsufficientFunds, "insufficient_funds")]
    [InlineData(SimulatedPaymentGateway.Timeout, "gateway_timeout")]
    public async Task A_failing_charge_ends_failed_with_its_code_and_takes_no_money(string token, string code)
    {
        var order = await OrderAsync();
        var before = Gateway.SucceededCharges;

        var payment = await PaidAsync(order, token: token);

        Assert.Equal(("failed", code), (payment.GetProperty("status").GetString(), payment.GetProperty("failure_code").GetString()));
        Assert.Equal(before, Gateway.SucceededCharges);
    }

    [Fact]
    public async Task A_timeout_is_retried_with_the_same_key_and_charges_once()
    {
        var order = await OrderAsync();
        var before = Gateway.SucceededCharges;

        var payment = await PaidAsync(order, token: SimulatedPaymentGateway.TimeoutOnce);

        Assert.Equal("succeeded", payment.GetProperty("status").GetString());
        Assert.Equal(before + 1, Gateway.SucceededCharges);
    }

    [Fact]
    public async Task The_processor_pipeline_logs_a_retried_call_but_not_one_answered_at_once()
    {
        var (first, second) = (await OrderAsync(), await OrderAsync());
        var before = host.Factory.Log.Of("Polly").Count;

        await PaidAsync(first);
        var afterPlainCall = host.Factory.Log.Of("Polly").Skip(before).ToList();
        await PaidAsync(second, token: SimulatedPaymentGateway.TimeoutOnce);
        var afterRetriedCall = host.Factory.Log.Of("Polly").Skip(before + afterPlainCall.Count).ToList();

        Assert.Empty(afterPlainCall);
        Assert.Contains(afterRetriedCall, e => e.Level == LogLevel.Warning);
        Assert.All(afterRetriedCall, e => Assert.True(e.Level >= LogLevel.Warning, e.ToString()));
    }

    [Fact]
    public async Task A_charge_without_an_idempotency_key_is_a_400()
    {
        var customer = await host.NewCustomerAsync();

        var response = await ChargeAsync(customer.Client, new { order_id = NewOrder(), amount = 10m, method = "upi" }, key: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency_key_required", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.001)]
    public async Task An_amount_that_is_not_positive_or_has_too_many_decimals_is_a_422(decimal amount)
    {
        var customer = await host.NewCustomerAsync();

        var response = await ChargeAsync(customer.Client, new { order_id = NewOrder(), amount, method = "card" }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("amount", out _));
    }

    [Fact]
    public async Task The_same_key_replays_the_first_payment()
    {
        var (customer, order) = await OrderAsync();
        var body = new { order_id = order, amount = 50m, method = "wallet" };
        var key = Guid.NewGuid().ToString();

        var first = await (await ChargeAsync(customer.Client, body, key)).JsonAsync();
        var again = await ChargeAsync(customer.Client, body, key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.GetProperty("id").GetString(), (await again.JsonAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_same_key_with_another_amount_is_a_422()
    {
        var (customer, order) = await OrderAsync();
        var key = Guid.NewGuid().ToString();
        await ChargeAsync(customer.Client, new { order_id = order, amount = 50m, method = "card" }, key);

        var response = await ChargeAsync(customer.Client, new { order_id = order, amount = 51m, method = "card" }, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("idempotency_key_reused", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Fifty_identical_charges_at_once_with_one_key_charge_once()
    {
        var (customer, order) = await OrderAsync();
        var key = Guid.NewGuid().ToString();
        var before = Gateway.SucceededCharges;

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            ChargeAsync(customer.Client, new { order_id = order, amount = 75m, method = "card" }, key)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = new HashSet<string>();
        foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            ids.Add((await created.JsonAsync()).GetProperty("id").GetString()!);
        }

        Assert.Single(ids);
        Assert.Equal(before + 1, Gateway.SucceededCharges);
        var stored = await host.InScopeAsync(async sp => await sp.GetRequiredService<PaymentsDbContext>().Payments.CountAsync(p => p.OrderId == order && p.GatewayKey.StartsWith("api:")));
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task Partial_then_full_refunds_and_never_more_than_captured()
    {
        var id = (await PaidAsync(100m)).GetProperty("id").GetString()!;

        var partial = await (await RefundAsync(id, 30m)).JsonAsync();
        var tooMuch = await RefundAsync(id, 70.01m);
        var rest = await (await RefundAsync(id, null)).JsonAsync();
        var more = await RefundAsync(id, 1m);

        Assert.Equal(("partially_refunded", 30m), (partial.GetProperty("status").GetString(), partial.GetProperty("refunded_amount").GetDecimal()));
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal("refund_exceeds_captured", (await tooMuch.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(("refunded", 100m, 2), (rest.GetProperty("status").GetString(), rest.GetProperty("refunded_amount").GetDecimal(), rest.GetProperty("refunds").GetArrayLength()));
        Assert.Equal(HttpStatusCode.Conflict, more.StatusCode);
    }

    [Fact]
    public async Task Concurrent_refunds_never_add_up_to_more_than_captured()
    {
        var id = (await PaidAsync(100m)).GetProperty("id").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RefundAsync(id, 30m)));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var payment = await host.QueryAsync(new GetPayment(Guid.Parse(id)));
        Assert.Equal(Money.FromDecimal(90m, "INR"), payment?.Refunded);
    }

    [Fact]
    public async Task A_refund_the_processor_never_answered_is_not_kept_as_refused_and_its_key_refunds_once_it_answers()
    {
        var id = (await PaidAsync(100m)).GetProperty("id").GetString()!;
        var key = Guid.NewGuid().ToString();

        Gateway.Down = true;
        HttpResponseMessage unanswered;
        try
        {
            unanswered = await RefundAsync(id, null, key);
        }
        finally
        {
            Gateway.Down = false;
        }

        var again = await RefundAsync(id, null, key);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, PaymentErrorCodes.ProcessorUnavailable), (unanswered.StatusCode, (await unanswered.JsonAsync()).GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var refunded = await again.JsonAsync();
        Assert.Equal(("refunded", 100m), (refunded.GetProperty("status").GetString(), refunded.GetProperty("refunded_amount").GetDecimal()));
        Assert.Equal(Money.FromDecimal(100m, "INR"), (await host.QueryAsync(new GetPayment(Guid.Parse(id))))?.Refunded);
    }

    [Fact]
    public async Task A_refund_retried_with_its_key_refunds_once()
    {
        var id = (await PaidAsync(100m)).GetProperty("id").GetString()!;
        var key = Guid.NewGuid().ToString();

        await RefundAsync(id, 10m, key);
        var again = await RefundAsync(id, 10m, key);

        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(Money.FromDecimal(10m, "INR"), (await host.QueryAsync(new GetPayment(Guid.Parse(id))))?.Refunded);
    }

    [Fact]
    public async Task A_failed_payment_cannot_be_refunded()
    {
        var id = (await PaidAsync(token: SimulatedPaymentGateway.Declined)).GetProperty("id").GetString()!;

        var response = await RefundAsync(id, null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("payment_not_refundable", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_payments_and_pays_only_for_themselves()
    {
        var mine = await host.NewCustomerAsync();
        var (theirs, theirOrder) = await OrderAsync();
        var theirPayment = (await (await ChargeAsync(theirs.Client, new { order_id = theirOrder, amount = 5m, method = "upi" }, Guid.NewGuid().ToString())).JsonAsync()).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.GetAsync($"/v1/payments/{theirPayment}")).StatusCode);
        Assert.Equal(0, (await (await mine.Client.GetAsync("/v1/payments")).JsonAsync()).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await host.AdminClient.GetAsync($"/v1/payments/{theirPayment}")).StatusCode);
        var forOther = await ChargeAsync(mine.Client, new { order_id = NewOrder(), amount = 5m, method = "upi", customer_id = theirs.Id }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forOther.StatusCode);
    }

    [Fact]
    public async Task A_customer_cannot_charge_another_customers_order_or_one_that_does_not_exist()
    {
        var (owner, order) = await OrderAsync();
        var stranger = await host.NewCustomerAsync();
        var before = Gateway.SucceededCharges;

        var theirs = await ChargeAsync(stranger.Client, new { order_id = order, amount = 5m, method = "card" }, Guid.NewGuid().ToString());
        var madeUp = await ChargeAsync(stranger.Client, new { order_id = NewOrder(), amount = 5m, method = "card" }, Guid.NewGuid().ToString());
        var unknown = await ChargeAsync(stranger.Client, new { order_id = Guid.NewGuid().ToString(), amount = 5m, method = "card" }, Guid.NewGuid().ToString());
        var own = await ChargeAsync(owner.Client, new { order_id = order, amount = 5m, method = "card" }, Guid.NewGuid().ToString());

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, madeUp.StatusCode, unknown.StatusCode));
        Assert.Equal("not_found", (await theirs.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(before + 1, Gateway.SucceededCharges);
        Assert.Equal(0, (await (await stranger.Client.GetAsync("/v1/payments")).JsonAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task An_admin_charges_any_existing_order_on_its_customers_behalf()
    {
        var (owner, order) = await OrderAsync();
        var other = await host.NewCustomerAsync();

        var charged = await ChargeAsync(host.AdminClient, new { order_id = order, amount = 7m, method = "card" }, Guid.NewGuid().ToString());
        var wrongCustomer = await ChargeAsync(host.AdminClient, new { order_id = order, amount = 7m, method = "card", customer_id = other.Id }, Guid.NewGuid().ToString());
        var unknown = await ChargeAsync(host.AdminClient, new { order_id = Guid.NewGuid().ToString(), amount = 7m, method = "card" }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, charged.StatusCode);
        Assert.Equal(owner.Id, (await charged.JsonAsync()).GetProperty("customer_id").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_refund_retried_under_its_key_with_other_words_is_the_same_refund()
    {
        var id = Guid.Parse((await PaidAsync(100m)).GetProperty("id").GetString()!);
        var key = $"order:{Guid.NewGuid()}:cancel-refund";

        var first = await host.SendAsync(new RefundPayment(id, null, "customer_cancelled", key));
        var again = await host.SendAsync(new RefundPayment(id, null, "shipment_cancelled", key));

        Assert.Equal((PaymentStatuses.Refunded, first.Refunded), (again.Status, again.Refunded));
        Assert.Equal(Money.FromDecimal(100m, "INR"), (await host.QueryAsync(new GetPayment(id)))?.Refunded);
    }

    [Fact]
    public async Task Charging_an_order_through_the_contract_twice_returns_the_first_payment()
    {
        var order = Guid.NewGuid();
        var charge = new ChargeOrder(order, 1, Money.FromDecimal(40m, "INR"), "card");
        var before = Gateway.SucceededCharges;

        var first = await host.SendAsync(charge);
        var again = await host.SendAsync(charge);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal((first.Status, first.GatewayReference), (again.Status, again.GatewayReference));
        // The repeat may ask the processor again, but only ever under the order's key, which answers the first outcome.
        Assert.Equal(before + 1, Gateway.SucceededCharges);
        Assert.InRange(Gateway.CallsFor($"order:{order}:charge"), 1, 2);
        Assert.Single(await host.QueryAsync(new GetOrderPayments(order)));
    }

    [Fact]
    public async Task A_charge_retried_after_a_crash_gets_the_processors_first_answer_and_takes_the_money_once()
    {
        var order = Guid.NewGuid();
        var amount = Money.FromDecimal(40m, "INR");
        var before = Gateway.SucceededCharges;
        // An attempt that reached the processor and died before anything of it was committed.
        var lost = await Gateway.ChargeAsync($"order:{order}:charge", amount, "card", null, CancellationToken.None);

        var payment = await host.SendAsync(new ChargeOrder(order, 1, amount, "card"));

        Assert.Equal((PaymentStatuses.Succeeded, lost.Reference), (payment.Status, payment.GatewayReference));
        Assert.Equal(before + 1, Gateway.SucceededCharges);
        Assert.Single(await host.QueryAsync(new GetOrderPayments(order)));
    }
}

public sealed class SqlitePaymentApiTests(SqliteHost host) : PaymentApiTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresPaymentApiTests(PostgresHost host) : PaymentApiTests(host), IClassFixture<PostgresHost>;
