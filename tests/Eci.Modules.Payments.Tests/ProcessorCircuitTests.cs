using System.Net;
using System.Text.Json;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Integrations;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Payments.Tests;

/// <summary>
/// The processor's circuit breaker through the real host: the simulated processor stops answering, the circuit opens
/// (a fast 503, nothing recorded, the gauge at 2), an order placed meanwhile keeps its hold, and once the processor
/// answers again the circuit closes and the recovery worker pays the order.
/// </summary>
public abstract class ProcessorCircuitTests(CircuitHost host)
{
    private const string CircuitGauge = "eci_payment_processor_circuit_state";

    private SimulatedPaymentGateway Gateway => host.Factory.Services.GetRequiredService<SimulatedPaymentGateway>();

    [Fact]
    public async Task The_circuit_opens_when_the_processor_stops_answering_and_closes_when_it_answers_again()
    {
        var product = await host.ProductAsync(10m, 5);
        var shopper = await host.ShopperAsync();
        var order = (await shopper.PlacedAsync(Shop.Order(null, (product, 1)))).GetProperty("id").GetString()!;
        var key = Guid.NewGuid().ToString();
        var paymentsBefore = (await host.QueryAsync(new GetOrderPayments(Guid.Parse(order)))).Count;

        await OpenCircuitAsync();
        var refused = await ChargeAsync(shopper, order, key);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(PaymentErrorCodes.ProcessorUnavailable, (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.InRange(RetryAfterSeconds(refused), 1, 5);
        Assert.Equal(paymentsBefore, (await host.QueryAsync(new GetOrderPayments(Guid.Parse(order)))).Count);
        Assert.Equal(ProcessorCircuit.Open, await CircuitStateAsync(s => s == ProcessorCircuit.Open));
        var untouched = Guid.NewGuid();
        var fast = await Assert.ThrowsAnyAsync<ProblemException>(() => host.SendAsync(new ChargeOrder(untouched, shopper.Id, Money.FromDecimal(5m, "INR"), "card")));
        Assert.Equal((503, PaymentErrorCodes.ProcessorUnavailable), (fast.StatusCode, fast.Code));
        Assert.Equal(0, Gateway.CallsFor($"order:{untouched}:charge"));

        Gateway.Down = false;
        // The same key charges once the circuit lets a trial call through: the 503 was not stored as the key's outcome.
        var charged = await Poll.UntilAsync(() => ChargeAsync(shopper, order, key), r => r.StatusCode == HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Created, charged.StatusCode);
        Assert.Equal(PaymentStatuses.Succeeded, (await charged.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(ProcessorCircuit.Closed, await CircuitStateAsync(s => s == ProcessorCircuit.Closed));
    }

    [Fact]
    public async Task An_order_placed_while_the_circuit_is_open_keeps_its_hold_and_is_paid_once_the_processor_answers()
    {
        var product = await host.ProductAsync(10m, 5);
        var shopper = await host.ShopperAsync();
        var charged = Gateway.SucceededCharges;
        await OpenCircuitAsync();
        var key = Guid.NewGuid().ToString();

        var refused = await shopper.PlaceAsync(Shop.Order(null, (product, 2)), key);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        var problem = await refused.JsonAsync();
        Assert.Equal(PaymentErrorCodes.ProcessorUnavailable, problem.GetProperty("code").GetString());
        var orderId = problem.GetProperty("order_id").GetString()!;
        var waiting = await host.OrderAsync(orderId);
        Assert.Equal(("stock_reserved", "unpaid"), (waiting.GetProperty("status").GetString(), waiting.GetProperty("payment_status").GetString()));
        Assert.Equal((5, 2, 3), (await host.StockAsync(product)).Figures());
        Assert.Equal(charged, Gateway.SucceededCharges);

        Gateway.Down = false;
        var paid = await Poll.UntilAsync(() => host.OrderAsync(orderId), o => o.GetProperty("status").GetString() == "fulfilling", TimeSpan.FromSeconds(30));

        Assert.Equal(("fulfilling", "paid"), (paid.GetProperty("status").GetString(), paid.GetProperty("payment_status").GetString()));
        Assert.Equal(charged + 1, Gateway.SucceededCharges);
        Assert.Equal((5, 2, 3), (await host.StockAsync(product)).Figures());
        var again = await shopper.PlaceAsync(Shop.Order(null, (product, 2)), key);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(orderId, (await again.JsonAsync()).GetProperty("id").GetString());
    }

    /// <summary>Takes the processor down and charges (through the mediator, as the saga does) until the circuit opens.</summary>
    private async Task OpenCircuitAsync()
    {
        Gateway.Down = true;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                var payment = await host.SendAsync(new ChargeOrder(Guid.NewGuid(), 1, Money.FromDecimal(1m, "INR"), "card"));
                Assert.Equal(("failed", "gateway_timeout"), (payment.Status, payment.FailureCode));
            }
            catch (ProblemException open) when (open.Code == PaymentErrorCodes.ProcessorUnavailable)
            {
                return;
            }
        }

        Assert.Fail("The circuit did not open while the processor was down.");
    }

    private static Task<HttpResponseMessage> ChargeAsync(TestCustomer customer, string order, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payments")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { order_id = order, amount = 10m, method = "card" }, ApiJson.Options), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return customer.Client.SendAsync(request);
    }

    private static int RetryAfterSeconds(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The gauge as /metrics shows it, once it satisfies <paramref name="expected"/> (the exporter caches a scrape briefly).</summary>
    private async Task<double> CircuitStateAsync(Func<double, bool> expected)
    {
        var state = await Poll.UntilAsync(
            async () => PrometheusText.Samples(await host.Client.GetStringAsync("/metrics"))
                .Where(s => PrometheusText.Name(s.Key) == CircuitGauge).Select(s => (double?)s.Value).SingleOrDefault(),
            s => s is { } value && expected(value));
        return state ?? double.NaN;
    }
}

/// <summary>
/// A host whose circuit opens after two unanswered calls and stays open five seconds (long enough for a test to look at
/// it open on a loaded machine), and whose recovery worker looks every second.
/// </summary>
public abstract class CircuitHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Payments:Resilience:RetryAttempts"] = "1",
        ["Modules:Payments:Resilience:RetryDelayMilliseconds"] = "0",
        ["Modules:Payments:Resilience:BreakerMinimumThroughput"] = "2",
        ["Modules:Payments:Resilience:BreakerBreakSeconds"] = "5",
        ["Modules:Orders:RecoveryAfterSeconds"] = "1",
        ["Modules:Orders:RecoveryIntervalSeconds"] = "1",
    };
}

public sealed class SqliteCircuitHost : CircuitHost
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresCircuitHost : CircuitHost
{
    protected override TestDatabase? CreateDatabase() => TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}

// One at a time: the gauge shows the worst circuit of every host in this process.
[Collection(nameof(ProcessorCircuitTests))]
public sealed class SqliteProcessorCircuitTests(SqliteCircuitHost host) : ProcessorCircuitTests(host), IClassFixture<SqliteCircuitHost>;

[Collection(nameof(ProcessorCircuitTests))]
public sealed class PostgresProcessorCircuitTests(PostgresCircuitHost host) : ProcessorCircuitTests(host), IClassFixture<PostgresCircuitHost>;
