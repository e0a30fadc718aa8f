using Eci.Modules.Payments.Integrations;
using Eci.Shared.Contracts;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Payments.Tests;

public sealed class SimulatedPaymentGatewayShould
{
    private static readonly Money Amount = Money.FromDecimal(25m, "INR");

    [Fact]
    public async Task Answer_a_repeated_key_with_the_first_outcome_for_a_day()
    {
        var clock = new ShiftedClock();
        var gateway = new SimulatedPaymentGateway(clock);

        var first = await ChargeAsync(gateway, "order:1:charge");
        clock.Advance(SimulatedPaymentGateway.KeyRetention - TimeSpan.FromMinutes(1));
        var repeat = await ChargeAsync(gateway, "order:1:charge");

        Assert.Equal(first.Reference, repeat.Reference);
        Assert.Equal(1, gateway.SucceededCharges);
        Assert.Equal(2, gateway.CallsFor("order:1:charge"));
    }

    [Fact]
    public async Task Forget_a_key_a_day_after_its_first_call()
    {
        var clock = new ShiftedClock();
        var gateway = new SimulatedPaymentGateway(clock);
        var old = await ChargeAsync(gateway, "order:1:charge");
        await gateway.RefundAsync("order:1:refund", old.Reference!, Amount, TestContext.Current.CancellationToken);

        clock.Advance(SimulatedPaymentGateway.KeyRetention + TimeSpan.FromHours(1));
        await ChargeAsync(gateway, "order:2:charge");

        Assert.Equal(1, gateway.RememberedKeys);
        Assert.Equal(0, gateway.CallsFor("order:1:charge"));
        var again = await ChargeAsync(gateway, "order:1:charge");
        Assert.NotEqual(old.Reference, again.Reference);
    }

    [Fact]
    public async Task Give_racing_calls_with_one_key_one_outcome()
    {
        var gateway = new SimulatedPaymentGateway(TimeProvider.System);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => ChargeAsync(gateway, "order:race:charge"))));

        Assert.Single(outcomes.Select(o => o.Reference).Distinct());
        Assert.Equal(1, gateway.SucceededCharges);
        Assert.Equal(32, gateway.CallsFor("order:race:charge"));
    }

    private static Task<GatewayOutcome> ChargeAsync(SimulatedPaymentGateway gateway, string key) =>
        gateway.ChargeAsync(key, Amount, "card", SimulatedPaymentGateway.Success, TestContext.Current.CancellationToken);
}
