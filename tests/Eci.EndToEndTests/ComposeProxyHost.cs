using System.Net;

namespace Eci.EndToEndTests;

/// <summary>The host with docker-compose's forwarded-header settings, reached from the proxy's address on the edge network.</summary>
public sealed class ComposeProxyHost() : ProxiedHost(ComposeForwardedHeaders.KnownNetwork)
{
    protected override IPAddress ClientAddress => ComposeForwardedHeaders.ProxyAddress;
}
