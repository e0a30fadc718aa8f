using System.Net;
using Xunit;

namespace Eci.EndToEndTests;

public sealed class ComposeNeighbourRateLimitTests(ComposeNeighbourHost host) : IClassFixture<ComposeNeighbourHost>
{
    [Fact]
    public async Task Forwarded_addresses_from_outside_the_edge_network_are_ignored()
    {
        // As for any untrusted sender: the admin's start-up sign-in took one permit from this address, one is left.
        var first = await host.LoginsFromAsync("203.0.113.10", 1);
        var second = await host.LoginsFromAsync("203.0.113.20", 1);

        Assert.Equal([HttpStatusCode.Unauthorized], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }
}
