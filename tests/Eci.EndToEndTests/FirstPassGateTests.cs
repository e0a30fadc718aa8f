using Eci.Shared.Background;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// The host holds its background loops' first passes until it has answered a request other than a liveness probe,
/// so that a starting replica's first readiness answer does not share the CPU with them (ADR 0058).
/// </summary>
public sealed class FirstPassGateTests
{
    [Fact]
    public async Task A_liveness_answer_leaves_the_gate_shut_and_a_readiness_answer_opens_it()
    {
        await using var factory = new EciHostFactory(new SqliteTestDatabase(),
            new Dictionary<string, string?> { ["Background:FirstPassHoldSeconds"] = "600" });
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<FirstPassGate>();

        (await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var openAfterLiveness = gate.IsOpen;
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        // The gate opens once the response has completed, which may be a moment after the client has read it.
        await gate.WaitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.False(openAfterLiveness);
        Assert.True(gate.IsOpen);
    }

    [Fact]
    public async Task No_gate_is_set_when_the_hold_is_zero()
    {
        await using var factory = new EciHostFactory(new SqliteTestDatabase(),
            new Dictionary<string, string?> { ["Background:FirstPassHoldSeconds"] = "0" });
        factory.CreateClient();

        Assert.Null(factory.Services.GetService<FirstPassGate>());
    }
}
