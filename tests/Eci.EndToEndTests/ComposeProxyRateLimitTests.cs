using System.Net;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>The host with docker-compose's forwarded-header settings, reached from the proxy's address on the edge network.</summary>
public sealed class ComposeProxyHost() : ProxiedHost(ComposeForwardedHeaders.KnownNetwork)
{
    protected override IPAddress ClientAddress => ComposeForwardedHeaders.ProxyAddress;
}

/// <summary>The same host reached from the first address past the edge network, where no trusted proxy can be.</summary>
public sealed class ComposeNeighbourHost() : ProxiedHost(ComposeForwardedHeaders.KnownNetwork)
{
    protected override IPAddress ClientAddress => ComposeForwardedHeaders.NeighbourAddress;
}

public sealed class ComposeProxyRateLimitTests(ComposeProxyHost host) : IClassFixture<ComposeProxyHost>
{
    [Fact]
    public async Task Clients_behind_the_compose_proxy_each_get_their_own_sign_in_limit()
    {
        var first = await host.LoginsFromAsync("203.0.113.10", 3);
        var second = await host.LoginsFromAsync("203.0.113.20", 2);

        Assert.Equal("true", ComposeForwardedHeaders.Enabled);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], second);
    }
}

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
