using System.Net;
using Xunit;

namespace Eci.EndToEndTests;

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
