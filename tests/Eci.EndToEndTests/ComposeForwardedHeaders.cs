using System.Net;
using System.Text.RegularExpressions;

namespace Eci.EndToEndTests;

/// <summary>
/// The forwarded-header settings docker-compose.yml gives the host behind its proxy, with each <c>${VARIABLE:-fallback}</c>
/// at its fallback, and addresses on and just off the edge network the compose file defines.
/// </summary>
internal static partial class ComposeForwardedHeaders
{
    private static readonly string Text = File.ReadAllText(Locate());

    private static readonly Dictionary<string, string> Values = Setting().Matches(Text).ToDictionary(
        m => m.Groups["key"].Value, m => Resolved(m.Groups["value"].Value), StringComparer.Ordinal);

    private static readonly IPNetwork EdgeNetwork = IPNetwork.Parse(Resolved(Subnet().Match(Text).Groups["value"].Value));

    public static string Enabled => Values.GetValueOrDefault("Enabled") ?? "(not set)";

    public static string KnownNetwork => Values.GetValueOrDefault("KnownNetworks__0") ?? "(not set)";

    /// <summary>An address Docker could give the proxy: the edge network's second host.</summary>
    public static IPAddress ProxyAddress => Offset(EdgeNetwork.BaseAddress, 2);

    /// <summary>The first address past the edge network: a neighbour on another network, such as Prometheus.</summary>
    public static IPAddress NeighbourAddress => Offset(EdgeNetwork.BaseAddress, 1 << (32 - EdgeNetwork.PrefixLength));

    private static IPAddress Offset(IPAddress address, int offset)
    {
        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3]) + (uint)offset;
        return new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
    }

    private static string Resolved(string value) => Fallback().Replace(value.Trim().Trim('"'), f => f.Groups[1].Value);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docker-compose.yml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docker-compose.yml was not found above the test output folder.");
    }

    [GeneratedRegex(@"^\s+Http__ForwardedHeaders__(?<key>\w+):(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex Setting();

    [GeneratedRegex(@"^\s+- subnet:(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex Subnet();

    [GeneratedRegex(@"\$\{\w+:-([^}]*)\}")]
    private static partial Regex Fallback();
}
