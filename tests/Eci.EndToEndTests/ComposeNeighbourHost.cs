using System.Net;

namespace Eci.EndToEndTests;

/// <summary>The same host reached from the first address past the edge network, where no trusted proxy can be.</summary>
public sealed class ComposeNeighbourHost() : ProxiedHost(ComposeForwardedHeaders.KnownNetwork)
{
    protected override IPAddress ClientAddress => ComposeForwardedHeaders.NeighbourAddress;
}
